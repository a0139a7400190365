using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class ComplaintStageConfiguration : IEntityTypeConfiguration<ComplaintStage>
{
    public void Configure(EntityTypeBuilder<ComplaintStage> b)
    {
        b.Property(x => x.RemedySummary).HasMaxLength(4000);
        b.Property(x => x.RootCause).HasMaxLength(2000);
        b.Property(x => x.LessonLearnt).HasMaxLength(2000);
        b.HasIndex(x => new { x.ComplaintId, x.StageNumber }).IsUnique();
        // Reports count the stages opened, and the responses sent, in a period. These two indexes hold every column
        // those counts read, so a quarter is one range scan of an index and never touches the table (docs/benchmarks.md).
        b.HasIndex(x => new { x.OpenedOn, x.StageNumber, x.ServiceAreaId, x.ProcedureId, x.SubjectId, x.CategoryId, x.WorkingDaysLate, x.WithdrawnOn })
            .HasDatabaseName("IX_ComplaintStages_Received");
        // The responses index also answers "open on a day" (unanswered, or answered after it) without reading the table.
        b.HasIndex(x => new
            {
                x.ResponseSentOn, x.StageNumber, x.ServiceAreaId, x.ProcedureId, x.Outcome, x.WorkingDaysLate, x.WorkingDaysToRespond,
                x.OpenedOn, x.WithdrawnOn, x.AcknowledgedAt, x.AcknowledgementDue, x.ResponseDue, x.OfficerAllocated,
            })
            .HasDatabaseName("IX_ComplaintStages_Responses");
        b.HasOne<StaffUser>().WithMany().HasForeignKey(x => x.AssignedToId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Extensions).WithOne().HasForeignKey(x => x.ComplaintStageId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.IsResponded);
        b.Ignore(x => x.RespondedWithinTimescale);
    }
}
