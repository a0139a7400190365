using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Learning;

/// <summary>
/// The one way a spot check is recorded: only by the head of service whose sample the case is in, only for a case the
/// quarter's draw gives them, once, with every question answered and findings wherever the answer is no.
/// </summary>
public sealed class SpotChecks(IDbContextFactory<ComplaintsDbContext> dbFactory, TimeProvider clock)
{
    /// <returns>The new check's id.</returns>
    public async Task<int> RecordAsync(RecordSpotCheck command, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        if (!SpotCheckRights.MayRecordFor(staff, staff.StaffUserId)) throw new PermissionDeniedException("Spot checks are recorded by the head of service whose sample it is.");
        SpotCheckDraw.RequireCheckable(UkTime.Today(clock), command.Quarter);

        var unanswered = Enum.GetValues<SpotCheckQuestion>().Where(q => !command.Answers.ContainsKey(q)).ToList();
        if (unanswered.Count > 0) throw new InputRefusedException(SpotCheckFields.Answer(unanswered[0]), "Answer this question: yes, no or not applicable.");

        var findings = ImprovementActionText.Limit(command.Findings, SpotCheckFields.Findings, TextLimits.Notes, "The findings");
        if (findings is null && command.Answers.Values.Contains(SpotCheckAnswer.No))
        {
            throw new InputRefusedException(SpotCheckFields.Findings, "Say what you found wherever the answer is no: it is what the service will put right.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await StaffSessions.RequireLiveAsync(db, staff, clock, cancellationToken);
        var draw = await SpotCheckDraw.ForAsync(db, command.Quarter, staff.StaffUserId, cancellationToken);
        if (!draw.Sample.Contains(command.CaseId)) throw new PermissionDeniedException($"That case is not in your spot check for {command.Quarter.Label}.");
        var earlier = await db.SpotChecks.AsNoTracking()
            .Where(c => c.FinancialYearStart == command.Quarter.FinancialYearStart && c.Quarter == command.Quarter.Quarter && c.HeadOfServiceId == staff.StaffUserId
                        && c.ComplaintId == command.CaseId)
            .Select(c => new { c.CheckedByName, c.CheckedAt }).FirstOrDefaultAsync(cancellationToken);
        if (earlier is not null) throw new ConcurrencyException(AlreadyChecked(earlier.CheckedByName, earlier.CheckedAt));

        var at = clock.GetUtcNow().UtcDateTime;
        var check = new SpotCheck(command.Quarter, staff.StaffUserId, command.CaseId, command.Answers, findings, staff.Actor, at);
        db.SpotChecks.Add(check);
        await db.SaveRefusingClashAsync(AlreadyChecked(null, null), cancellationToken);
        return check.Id;
    }

    private static string AlreadyChecked(string? who, DateTime? at) =>
        who is null || at is null
            ? "This case's spot check has just been recorded in another window. Nothing you entered has been saved: reload the page to see it."
            : $"This case's spot check was recorded by {who} at {UkTime.ToLocal(at.Value):HH:mm} on {UkTime.ToLocal(at.Value):d MMMM}. Nothing you entered has been saved: reload the page to see it.";
}
