using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class OutboxEmailConfiguration : IEntityTypeConfiguration<OutboxEmail>
{
    public void Configure(EntityTypeBuilder<OutboxEmail> b)
    {
        b.Property(x => x.ToAddress).HasMaxLength(320);
        b.Property(x => x.ToName).HasMaxLength(200);
        b.Property(x => x.Subject).HasMaxLength(400);
        b.Property(x => x.TextBody).HasMaxLength(TextLimits.LargestInput * 4);
        b.Property(x => x.HtmlBody).HasMaxLength(TextLimits.LargestInput * 8);
        b.Property(x => x.DedupeKey).HasMaxLength(200);
        b.Property(x => x.MessageId).HasMaxLength(100);
        b.Property(x => x.ClaimedBy).HasMaxLength(100);
        b.Property(x => x.LastReply).HasMaxLength(2000);
        b.HasIndex(x => x.DedupeKey).IsUnique();
        b.HasIndex(x => x.MessageId).IsUnique();
        // The sender's question: what is due now?
        b.HasIndex(x => new { x.Status, x.NextAttemptAt });
        b.HasIndex(x => new { x.ComplaintId, x.CreatedAt });
        b.HasOne<Complaint>().WithMany().HasForeignKey(x => x.ComplaintId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.IssuedLetter).WithMany().HasForeignKey(x => x.IssuedLetterId).OnDelete(DeleteBehavior.Restrict);
    }
}
