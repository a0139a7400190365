using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class ImprovementActionCaseConfiguration : IEntityTypeConfiguration<ImprovementActionCase>
{
    public void Configure(EntityTypeBuilder<ImprovementActionCase> b)
    {
        b.HasKey(x => new { x.ImprovementActionId, x.ComplaintId });
        b.HasOne<Complaint>().WithMany().HasForeignKey(x => x.ComplaintId).OnDelete(DeleteBehavior.Restrict);
        // A case's page lists the actions raised from it.
        b.HasIndex(x => x.ComplaintId);
    }
}
