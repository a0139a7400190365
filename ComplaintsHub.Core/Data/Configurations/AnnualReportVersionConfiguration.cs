using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class AnnualReportVersionConfiguration : IEntityTypeConfiguration<AnnualReportVersion>
{
    public void Configure(EntityTypeBuilder<AnnualReportVersion> b)
    {
        b.Property(x => x.GoverningBodyResponse).HasMaxLength(TextLimits.Notes);
        b.Property(x => x.PublishedByName).HasMaxLength(200);
        // Two people publishing at once would both take the next number: the second is refused here.
        b.HasIndex(x => new { x.FinancialYearStart, x.Number }).IsUnique();
    }
}
