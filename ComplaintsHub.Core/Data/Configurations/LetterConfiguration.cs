using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Letters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class LetterTemplateConfiguration : IEntityTypeConfiguration<LetterTemplate>
{
    public void Configure(EntityTypeBuilder<LetterTemplate> b)
    {
        b.Property(x => x.Body).HasMaxLength(40000);
        b.Property(x => x.CreatedByName).HasMaxLength(200);
        b.HasIndex(x => new { x.Type, x.ProcedureId, x.Revision }).IsUnique();
        b.HasOne<Procedure>().WithMany().HasForeignKey(x => x.ProcedureId).OnDelete(DeleteBehavior.Restrict);
    }
}

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

internal sealed class IssuedLetterConfiguration : IEntityTypeConfiguration<IssuedLetter>
{
    public void Configure(EntityTypeBuilder<IssuedLetter> b)
    {
        b.Property(x => x.FileName).HasMaxLength(200);
        b.Property(x => x.AddressedTo).HasMaxLength(200);
        b.Property(x => x.IssuedByName).HasMaxLength(200);
        b.HasOne<Complaint>().WithMany().HasForeignKey(x => x.ComplaintId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<LetterTemplate>().WithMany().HasForeignKey(x => x.TemplateId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ComplaintId, x.IssuedAt });
    }
}
