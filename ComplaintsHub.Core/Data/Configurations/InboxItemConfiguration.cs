using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class InboxItemConfiguration : IEntityTypeConfiguration<InboxItem>
{
    public void Configure(EntityTypeBuilder<InboxItem> b)
    {
        b.Property(x => x.Mailbox).HasMaxLength(400);
        b.Property(x => x.MessageId).HasMaxLength(2000);
        b.Property(x => x.FromAddress).HasMaxLength(2000);
        b.Property(x => x.FromName).HasMaxLength(2000);
        b.Property(x => x.Subject).HasMaxLength(TextLimits.LargestInput);
        // Bodies and originals are as long as the mailbox limit allows: unbounded columns on both providers.
        b.Property(x => x.TextBody).HasColumnType("text");
        b.Property(x => x.CaseReference).HasMaxLength(20);
        b.Property(x => x.DismissReason).HasMaxLength(TextLimits.Notes);
        b.Property(x => x.HandledByName).HasMaxLength(200);
        // A message read twice (a second poll, or a restart between storing it and marking it seen) is stored once.
        b.HasIndex(x => new { x.Mailbox, x.UidValidity, x.Uid }).IsUnique();
        b.HasIndex(x => x.MessageId);
        b.HasIndex(x => new { x.Status, x.SentAt });
        b.HasIndex(x => x.ComplaintId);
        b.HasMany(x => x.Attachments).WithOne().HasForeignKey(x => x.InboxItemId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Case).WithMany().HasForeignKey(x => x.ComplaintId).OnDelete(DeleteBehavior.Restrict);
    }
}
