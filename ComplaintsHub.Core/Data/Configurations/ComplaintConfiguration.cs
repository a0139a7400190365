using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

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
        b.Property(x => x.ImportedReference).HasMaxLength(TextLimits.Reference);
        b.HasIndex(x => x.ImportedReference).IsUnique();
        b.Property(x => x.LegalHoldReason).HasMaxLength(TextLimits.Label);
        b.Property(x => x.LegalHoldByName).HasMaxLength(200);
        // The nightly retention run reads the closed cases not yet anonymised by procedure and when they closed: the ones
        // already anonymised (a growing share of an old council's cases) are not in this index at all.
        b.HasIndex(x => new { x.ProcedureId, x.ClosedAt }).HasFilter("\"AnonymisedAt\" IS NULL").HasDatabaseName("IX_Complaints_Retention");

        b.HasOne(x => x.Procedure).WithMany().HasForeignKey(x => x.ProcedureId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.ServiceArea).WithMany().HasForeignKey(x => x.ServiceAreaId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Subject).WithMany().HasForeignKey(x => x.SubjectId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Category).WithMany().HasForeignKey(x => x.CategoryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Complainant).WithMany().HasForeignKey(x => x.ComplainantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.AllocatedOfficer).WithMany().HasForeignKey(x => x.AllocatedOfficerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffUser>().WithMany().HasForeignKey(x => x.LoggedById).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Stages).WithOne().HasForeignKey(x => x.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.OmbudsmanEnquiries).WithOne().HasForeignKey(x => x.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.PromisedActions).WithOne().HasForeignKey(x => x.ComplaintId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.OpenPromisedActions);
        b.HasMany(x => x.Timeline).WithOne().HasForeignKey(x => x.ComplaintId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(x => x.IsComplaint);
        b.Ignore(x => x.IsOpen);
        b.Ignore(x => x.Stage);

        // Lists, queues and reports filter on these; designed for a million cases.
        b.HasIndex(x => new { x.AllocatedOfficerId, x.Status, x.NextDueDate });
        b.HasIndex(x => new { x.ServiceAreaId, x.Status, x.NextDueDate });
        b.HasIndex(x => new { x.Status, x.NextDueDate });
        b.HasIndex(x => new { x.ReceivedOn, x.Classification, x.ServiceAreaId });
        // The list's "newest first" and "oldest first" read this in order instead of sorting every case.
        b.HasIndex(x => new { x.ReceivedAt, x.Id });
        // The channel filter over every status: without it the capped count reads the whole table for a rare channel.
        b.HasIndex(x => x.Channel);
        // The due filters ("due this week") over the open cases, in the list's order, with the visibility columns so the
        // team leader's areas are checked in the index. The filter is EF's translation of CaseFilters.Open, term for
        // term: SQLite uses a partial index only when the query's WHERE names its condition as written.
        b.HasIndex(x => new { x.NextDueDate, x.ReceivedAt, x.Id, x.ServiceAreaId, x.AllocatedOfficerId, x.LoggedById })
            .HasDatabaseName("IX_Complaints_OpenByDue")
            .HasFilter("\"Status\" NOT IN ('Closed', 'Withdrawn')");
        b.HasIndex(x => x.ComplainantId);
        b.HasIndex(x => new { x.ClosedAt, x.Classification, x.Status, x.CurrentStage, x.Outcome, x.ServiceAreaId, x.ProcedureId })
            .HasDatabaseName("IX_Complaints_Closed");
    }
}
