using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class OmbudsmanAnnualReviewConfiguration : IEntityTypeConfiguration<OmbudsmanAnnualReview>
{
    public void Configure(EntityTypeBuilder<OmbudsmanAnnualReview> b)
    {
        b.Property(x => x.CompliancePercent).HasPrecision(4, 1);
        b.Property(x => x.UpdatedByName).HasMaxLength(200);
        b.HasIndex(x => new { x.FinancialYearStart, x.Scheme }).IsUnique();
        b.Ignore(x => x.Figures);
    }
}
