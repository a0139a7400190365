using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class LetterDraftConfiguration : IEntityTypeConfiguration<LetterDraft>
{
    public void Configure(EntityTypeBuilder<LetterDraft> b)
    {
        b.Property(x => x.Text).HasMaxLength(40000);
        b.Property(x => x.CreatedByName).HasMaxLength(200);
        b.HasOne<Complaint>().WithMany().HasForeignKey(x => x.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<LetterTemplate>().WithMany().HasForeignKey(x => x.TemplateId).OnDelete(DeleteBehavior.Restrict);
        b.OwnsOne(x => x.Decision, d =>
        {
            d.Property(p => p.Reasons).HasMaxLength(4000);
            d.Property(p => p.Remedy).HasMaxLength(4000);
            d.Property(p => p.RootCause).HasMaxLength(2000);
            d.Property(p => p.LessonLearnt).HasMaxLength(2000);
            d.Property(p => p.Points).HasMaxLength(8000);
            d.Property(p => p.OutstandingActions).HasMaxLength(4000);
        });
        b.HasIndex(x => x.ComplaintId);
    }
}
