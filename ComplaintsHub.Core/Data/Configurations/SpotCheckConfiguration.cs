using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class SpotCheckConfiguration : IEntityTypeConfiguration<SpotCheck>
{
    public void Configure(EntityTypeBuilder<SpotCheck> b)
    {
        b.Property(x => x.Findings).HasMaxLength(TextLimits.Notes);
        b.Property(x => x.CheckedByName).HasMaxLength(200);
        b.HasOne<Complaint>().WithMany().HasForeignKey(x => x.ComplaintId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffUser>().WithMany().HasForeignKey(x => x.HeadOfServiceId).OnDelete(DeleteBehavior.Restrict);
        // A case is checked once in a head of service's quarter: the second of two people saving at once is refused here.
        b.HasIndex(x => new { x.FinancialYearStart, x.Quarter, x.HeadOfServiceId, x.ComplaintId }).IsUnique();
        b.Ignore(x => x.InQuarter);
        b.Ignore(x => x.Answers);
    }
}
