using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class ComplainantConfiguration : IEntityTypeConfiguration<Complainant>
{
    public void Configure(EntityTypeBuilder<Complainant> b)
    {
        b.Property(x => x.Title).HasMaxLength(20);
        b.Property(x => x.FirstName).HasMaxLength(100);
        b.Property(x => x.LastName).HasMaxLength(100);
        b.Property(x => x.Postcode).HasMaxLength(10);
        b.Property(x => x.Phone).HasMaxLength(30);
        b.Property(x => x.PhoneDigits).HasMaxLength(20);
        b.Property(x => x.Email).HasMaxLength(254);
        b.Property(x => x.ReasonableAdjustments).HasMaxLength(1000);
        b.Ignore(x => x.FullName);
        // The phone-call search looks people up by each of these as the officer types.
        b.HasIndex(x => x.LastName);
        b.HasIndex(x => x.Postcode);
        b.HasIndex(x => x.PhoneDigits);
        b.HasIndex(x => x.Email);
    }
}

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> b)
    {
        b.Property(x => x.Reference).HasMaxLength(20);
        b.Property(x => x.Description).HasMaxLength(8000);
        b.Property(x => x.DesiredOutcome).HasMaxLength(4000);
        b.Property(x => x.SharedServicePartner).HasMaxLength(120);
        b.HasIndex(x => x.Reference).IsUnique();
        // The same submission twice (a double click, a resend after a dropped connection) must not log two cases.
        b.HasIndex(x => x.SubmissionId).IsUnique();

        b.HasOne(x => x.Procedure).WithMany().HasForeignKey(x => x.ProcedureId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.ServiceArea).WithMany().HasForeignKey(x => x.ServiceAreaId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Subject).WithMany().HasForeignKey(x => x.SubjectId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Category).WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Complainant).WithMany().HasForeignKey(x => x.ComplainantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.AllocatedOfficer).WithMany().HasForeignKey(x => x.AllocatedOfficerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffUser>().WithMany().HasForeignKey(x => x.LoggedById).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Stages).WithOne().HasForeignKey(x => x.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.OmbudsmanEnquiries).WithOne().HasForeignKey(x => x.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Timeline).WithOne().HasForeignKey(x => x.ComplaintId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(x => x.IsComplaint);
        b.Ignore(x => x.IsOpen);
        b.Ignore(x => x.Stage);

        // Lists, queues and reports filter on these; designed for a million cases.
        b.HasIndex(x => new { x.AllocatedOfficerId, x.Status, x.NextDueDate });
        b.HasIndex(x => new { x.ServiceAreaId, x.Status, x.NextDueDate });
        b.HasIndex(x => new { x.Status, x.NextDueDate });
        b.HasIndex(x => new { x.ReceivedOn, x.Classification, x.ServiceAreaId });
        b.HasIndex(x => x.ComplainantId);
        b.HasIndex(x => new { x.ClosedAt, x.Classification, x.Status, x.CurrentStage, x.Outcome, x.ServiceAreaId, x.ProcedureId })
            .HasDatabaseName("IX_Complaints_Closed");
    }
}

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

internal sealed class StageExtensionConfiguration : IEntityTypeConfiguration<StageExtension>
{
    public void Configure(EntityTypeBuilder<StageExtension> b)
    {
        b.Property(x => x.Reason).HasMaxLength(2000);
        b.HasOne<StaffUser>().WithMany().HasForeignKey(x => x.AgreedById).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OmbudsmanEnquiryConfiguration : IEntityTypeConfiguration<OmbudsmanEnquiry>
{
    public void Configure(EntityTypeBuilder<OmbudsmanEnquiry> b)
    {
        b.Property(x => x.Body).HasMaxLength(120);
        b.Property(x => x.TheirReference).HasMaxLength(40);
        b.Property(x => x.RemedyRecommended).HasMaxLength(4000);
        b.Ignore(x => x.FaultFound);
        b.HasIndex(x => x.DecidedOn);
        b.HasIndex(x => x.ReceivedOn);
    }
}

internal sealed class TimelineEventConfiguration : IEntityTypeConfiguration<TimelineEvent>
{
    public void Configure(EntityTypeBuilder<TimelineEvent> b)
    {
        b.Property(x => x.ActorName).HasMaxLength(200);
        b.Property(x => x.Summary).HasMaxLength(4000);
        b.HasIndex(x => new { x.ComplaintId, x.OccurredAt });
        // Reports count some events (service requests turned into complaints) by type within a period.
        b.HasIndex(x => new { x.Type, x.OccurredAt });
    }
}
