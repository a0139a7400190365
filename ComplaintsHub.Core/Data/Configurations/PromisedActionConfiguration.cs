using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class PromisedActionConfiguration : IEntityTypeConfiguration<PromisedAction>
{
    public void Configure(EntityTypeBuilder<PromisedAction> b)
    {
        b.Property(x => x.What).HasMaxLength(TextLimits.Notes);
        b.Property(x => x.WhoText).HasMaxLength(TextLimits.Label);
        b.Property(x => x.CompletionNote).HasMaxLength(TextLimits.Notes);
        b.HasOne<StaffUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffUser>().WithMany().HasForeignKey(x => x.CompletedById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CaseDocument>().WithMany().HasForeignKey(x => x.CompletionDocumentId).OnDelete(DeleteBehavior.Restrict);
        // "My work" and the team leaders' list read open actions by owner and by date; the reports by due date.
        b.HasIndex(x => new { x.OwnerId, x.Status, x.DueDate });
        b.HasIndex(x => new { x.Status, x.DueDate });
        b.HasIndex(x => x.DueDate);
        b.Ignore(x => x.IsOpen);
    }
}
