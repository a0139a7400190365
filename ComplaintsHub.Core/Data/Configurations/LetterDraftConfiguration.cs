using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class LetterDraftConfiguration : IEntityTypeConfiguration<LetterDraft>
{
    public void Configure(EntityTypeBuilder<LetterDraft> b)
    {
        // The letter and the decision's texts are held to TextLimits where they arrive; the columns do not cut them
        // shorter, so text within its limit is never refused by PostgreSQL alone.
        b.Property(x => x.CreatedByName).HasMaxLength(200);
        b.HasOne<Complaint>().WithMany().HasForeignKey(x => x.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<LetterTemplate>().WithMany().HasForeignKey(x => x.TemplateId).OnDelete(DeleteBehavior.Restrict);
        b.OwnsOne(x => x.Decision, d =>
        {
            // Lists kept as JSON text in the columns that held one line a point or action before: a draft saved then
            // still opens, its lines read as points and actions with the same words.
            d.Property(p => p.Points).HasConversion(LetterDecisionLists.PointsConverter, LetterDecisionLists.Comparer<LetterPoint>()).IsRequired(false);
            d.Property(p => p.OutstandingActions).HasConversion(LetterDecisionLists.ActionsConverter, LetterDecisionLists.Comparer<LetterAction>()).IsRequired(false);
        });
        b.HasIndex(x => x.ComplaintId);
    }
}
