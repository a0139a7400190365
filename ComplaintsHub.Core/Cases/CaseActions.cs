using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Diagnostics;
using ComplaintsHub.Core.Documents;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Notifications;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ComplaintsHub.Core.Cases;

/// <summary>
/// The one way a case changes. Every command — the case page's actions, letters, and anything later — comes through
/// <see cref="ApplyAsync"/>: the person must be able to see the case, their role must allow the command, the case must
/// be as they last saw it (else "changed by X at T — reload"), and the aggregate must allow the move. The change and
/// its timeline event are saved together, or nothing is.
/// </summary>
public sealed class CaseActions(
    IDbContextFactory<ComplaintsDbContext> dbFactory, CalendarService calendars, StaffNotifications notifications, IDocumentContentStore documentContent,
    TimeProvider clock, ILogger<CaseActions> logger)
{
    /// <returns>The case's version after the change, for a page that goes on to make another (the next file of several).</returns>
    public async Task<Guid> ApplyAsync(int caseId, Guid expectedVersion, CaseCommand command, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        command = command.Checked();
        var calendar = await calendars.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!staff.IsSystem) await StaffSessions.RequireLiveAsync(db, staff, clock, cancellationToken);
        var complaint = await CaseLoading.Aggregate(db).AsSplitQuery().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken)
            ?? throw new DomainException("That case no longer exists.");
        var visibility = await CaseVisibility.OfAsync(db, staff, cancellationToken);
        if (!visibility.CanSee(complaint.ServiceAreaId, complaint.LoggedById, complaint.AllocatedOfficerId))
        {
            throw new PermissionDeniedException("You do not have access to this case.");
        }

        // Everything logged while the change is made carries the case and the person, never the complainant's details.
        using var scope = logger.BeginScope(new Dictionary<string, object?> { ["CaseReference"] = complaint.Reference, ["UserId"] = staff.StaffUserId });
        if (command.RoleRefusal(staff, complaint) is { } refusal) throw new PermissionDeniedException(refusal);
        if (complaint.Version != expectedVersion) throw new ConcurrencyException(StaleMessage(complaint.UpdatedByName, complaint.UpdatedAt));

        var change = new CaseChange(complaint, db, calendar, clock.GetUtcNow().UtcDateTime, staff) { Notifications = notifications, DocumentContent = documentContent };
        if (!command.WritesContent)
        {
            await ApplyAndSaveAsync(command, change, expectedVersion, cancellationToken);
            LogApplied(command);
            return complaint.Version;
        }

        // One attempt: a retry would apply the command again to a case already changed in memory.
        var attempted = false;
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            if (attempted) throw new DomainException("The connection to the database was lost while this change was being saved, and nothing of it was kept. Try again.");
            attempted = true;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await ApplyAndSaveAsync(command, change, expectedVersion, ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
        LogApplied(command);
        return complaint.Version;
    }

    private void LogApplied(CaseCommand command)
    {
        var name = command.GetType().Name;
        logger.LogInformation("Case change {Command} saved", name);
        ComplaintsHubTelemetry.CaseChanges.Add(1, new KeyValuePair<string, object?>("command", name));
    }

    private async Task ApplyAndSaveAsync(CaseCommand command, CaseChange change, Guid expectedVersion, CancellationToken cancellationToken)
    {
        var caseId = change.Case.Id;
        await command.ApplyAsync(change, cancellationToken);
        await change.Db.SaveExpectingAsync(change.Case, expectedVersion, async () =>
        {
            // Say who got there first: read the case as it is now.
            await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
            var latest = await fresh.Complaints.AsNoTracking().Where(c => c.Id == caseId).Select(c => new { c.UpdatedByName, c.UpdatedAt }).SingleAsync(cancellationToken);
            return StaleMessage(latest.UpdatedByName, latest.UpdatedAt);
        }, cancellationToken);
    }

    private static string StaleMessage(string who, DateTime at) =>
        StaleChange.Message("This case", who, at, reload: "reload the case to see the change, then try again.");
}
