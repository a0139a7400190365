using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class LetterDraftConfiguration : IEntityTypeConfiguration<LetterDraft>
{
    /// <summary>Room for a long response's points or actions as JSON, each text within its own limit (PostgreSQL allows up to 10 MB).</summary>
    private const int MaxListJson = 1_000_000;

    public void Configure(EntityTypeBuilder<LetterDraft> b)
    {
        // The columns hold whatever TextLimits lets in, so text within its limit is never refused by PostgreSQL alone.
        b.Property(x => x.Text).HasMaxLength(TextLimits.LetterText);
        b.Property(x => x.WhatYouToldUs).HasMaxLength(TextLimits.Notes);
        b.Property(x => x.CreatedByName).HasMaxLength(200);
        b.HasOne<Complaint>().WithMany().HasForeignKey(x => x.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<LetterTemplate>().WithMany().HasForeignKey(x => x.TemplateId).OnDelete(DeleteBehavior.Restrict);
        b.OwnsOne(x => x.Decision, d =>
        {
            d.Property(p => p.Reasons).HasMaxLength(TextLimits.Notes);
            d.Property(p => p.Remedy).HasMaxLength(TextLimits.Notes);
            d.Property(p => p.RootCause).HasMaxLength(TextLimits.Notes);
            d.Property(p => p.LessonLearnt).HasMaxLength(TextLimits.Notes);
            // Lists kept as JSON text in the columns that held one line a point or action before: a draft saved then
            // still opens, its lines read as points and actions with the same words.
            d.Property(p => p.Points).HasMaxLength(MaxListJson).HasConversion(LetterDecisionLists.PointsConverter, LetterDecisionLists.Comparer<LetterPoint>()).IsRequired(false);
            d.Property(p => p.OutstandingActions).HasMaxLength(MaxListJson).HasConversion(LetterDecisionLists.ActionsConverter, LetterDecisionLists.Comparer<LetterAction>()).IsRequired(false);
        });
        b.HasIndex(x => x.ComplaintId);
    }
}
