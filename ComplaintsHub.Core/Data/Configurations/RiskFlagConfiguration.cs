using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class RiskFlagConfiguration : IEntityTypeConfiguration<RiskFlag>
{
    public void Configure(EntityTypeBuilder<RiskFlag> b)
    {
        b.Property(x => x.Detail).HasMaxLength(1000);
        b.Property(x => x.RaisedReason).HasMaxLength(2000);
        b.Property(x => x.RemovalReason).HasMaxLength(2000);
        b.Property(x => x.RaisedByName).HasMaxLength(200);
        b.Property(x => x.RemovedByName).HasMaxLength(200);
        b.HasOne<Complaint>().WithMany().HasForeignKey(x => x.ComplaintId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Complainant>().WithMany().HasForeignKey(x => x.ComplainantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Complaint>().WithMany().HasForeignKey(x => x.RaisedOnCaseId).OnDelete(DeleteBehavior.Restrict);
        // The case list's "has a flag" test is one EXISTS per row on each of these, led by the id it correlates on.
        b.HasIndex(x => new { x.ComplaintId, x.RemovedAt, x.Kind });
        b.HasIndex(x => new { x.ComplainantId, x.RemovedAt, x.Kind });
        b.ToTable(t => t.HasCheckConstraint("CK_RiskFlags_OnCaseOrComplainant",
            "(\"ComplaintId\" IS NULL AND \"ComplainantId\" IS NOT NULL) OR (\"ComplaintId\" IS NOT NULL AND \"ComplainantId\" IS NULL)"));
    }
}
