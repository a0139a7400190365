using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Reports;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Learning;

/// <summary>
/// The one way the self-assessment and the Codes' provisions change: by the complaints team, each change named on the
/// audit timeline, and a save over someone else's refused with who made theirs and when.
/// </summary>
public sealed class SelfAssessments(IDbContextFactory<ComplaintsDbContext> dbFactory, TimeProvider clock)
{
    /// <param name="version">The version of the answer the person reviewed; null when the provision had no answer for the year.</param>
    public async Task AnswerAsync(int financialYearStart, int provisionId, CodeCompliance compliance, string? evidence, string? action, Guid? version, CurrentStaff by,
        CancellationToken cancellationToken = default)
    {
        await using var db = await OpenAsync(by, "answer the Code self-assessment", cancellationToken);
        RequireYear(financialYearStart);
        var provision = await db.CodeProvisions.AsNoTracking().SingleOrDefaultAsync(p => p.Id == provisionId, cancellationToken)
            ?? throw new DomainException("That provision no longer exists: reload the page.");
        var what = $"The answer to {provision.Scheme.Describe()} Code {provision.Reference} for {FinancialQuarter.YearLabel(financialYearStart)}";
        var now = clock.GetUtcNow().UtcDateTime;
        var answer = await db.SelfAssessmentAnswers.SingleOrDefaultAsync(a => a.FinancialYearStart == financialYearStart && a.CodeProvisionId == provisionId, cancellationToken);
        if (answer is null)
        {
            if (version is not null) throw new ConcurrencyException($"{what} has been removed since you opened it: reload the page.");
            if (!provision.IsActive) throw new DomainException($"{provision.Reference} has been retired from the Code: it is no longer assessed.");
            answer = new SelfAssessmentAnswer(financialYearStart, provisionId, compliance, evidence ?? "", action);
            answer.RecordChange(by.Actor, now);
            db.SelfAssessmentAnswers.Add(answer);
            db.TimelineEvents.Add(Event(by, now, $"{what}: {compliance.Describe()}."));
            await db.SaveRefusingClashAsync($"{what} was given by someone else while you had the page open. Nothing you entered has been saved: {StaleChange.ReloadThePage}", cancellationToken);
            return;
        }

        if (version is null || answer.Version != version) throw new ConcurrencyException(StaleChange.Message(what, answer.UpdatedByName, answer.UpdatedAt));
        answer.Answer(compliance, evidence, action);
        answer.RecordChange(by.Actor, now);
        db.TimelineEvents.Add(Event(by, now, $"{what} reviewed: {compliance.Describe()}."));
        await db.SaveExpectingAsync(answer, version.Value, async () =>
        {
            await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
            var latest = await fresh.SelfAssessmentAnswers.AsNoTracking().SingleAsync(a => a.Id == answer.Id, cancellationToken);
            return StaleChange.Message(what, latest.UpdatedByName, latest.UpdatedAt);
        }, cancellationToken);
    }

    /// <summary>
    /// Copies the year before's answers to the provisions still in force that have no answer this year, each marked for
    /// review; answers already given this year are left alone.
    /// </summary>
    /// <returns>How many were carried forward.</returns>
    public async Task<int> CarryForwardAsync(int financialYearStart, OmbudsmanScheme scheme, CurrentStaff by, CancellationToken cancellationToken = default)
    {
        await using var db = await OpenAsync(by, "carry the self-assessment forward", cancellationToken);
        RequireYear(financialYearStart);
        var answered = db.SelfAssessmentAnswers.Where(a => a.FinancialYearStart == financialYearStart).Select(a => a.CodeProvisionId);
        var previous = await db.SelfAssessmentAnswers
            .Where(a => a.FinancialYearStart == financialYearStart - 1 && !answered.Contains(a.CodeProvisionId)
                        && db.CodeProvisions.Any(p => p.Id == a.CodeProvisionId && p.Scheme == scheme && p.IsActive))
            .ToListAsync(cancellationToken);
        if (previous.Count == 0) return 0;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var answer in previous)
        {
            var copy = answer.CarryForwardTo(financialYearStart);
            copy.RecordChange(by.Actor, now);
            db.SelfAssessmentAnswers.Add(copy);
        }

        db.TimelineEvents.Add(Event(by, now,
            $"{previous.Count} answers to the {scheme.Describe()} Code carried forward from {FinancialQuarter.YearLabel(financialYearStart - 1)} to {FinancialQuarter.YearLabel(financialYearStart)} for review."));
        await db.SaveRefusingClashAsync($"Someone else answered or carried forward the same provisions while you had the page open. Nothing has been carried forward: {StaleChange.ReloadThePage}", cancellationToken);
        return previous.Count;
    }

    public async Task AddProvisionAsync(OmbudsmanScheme scheme, string reference, string section, string requirement, CurrentStaff by, CancellationToken cancellationToken = default)
    {
        await using var db = await OpenAsync(by, "change the Code's provisions", cancellationToken);
        var provision = new CodeProvision(scheme, reference, section, requirement);
        if (await db.CodeProvisions.AnyAsync(p => p.Scheme == scheme && p.Reference == provision.Reference, cancellationToken))
        {
            throw new Input.InputRefusedException(CodeProvisionFields.Reference, $"The {scheme.Describe()} Code already has a provision {provision.Reference}: change that one instead.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        provision.RecordChange(by.Actor, now);
        db.CodeProvisions.Add(provision);
        db.TimelineEvents.Add(Event(by, now, $"{scheme.Describe()} Code provision {provision.Reference} added."));
        await db.SaveRefusingClashAsync($"Someone else added provision {provision.Reference} while you had the page open. Nothing you entered has been saved: {StaleChange.ReloadThePage}", cancellationToken);
    }

    /// <param name="active">Whether it stays in force; false retires it.</param>
    public async Task ChangeProvisionAsync(int provisionId, string section, string requirement, bool active, Guid version, CurrentStaff by, CancellationToken cancellationToken = default)
    {
        await using var db = await OpenAsync(by, "change the Code's provisions", cancellationToken);
        var provision = await db.CodeProvisions.SingleOrDefaultAsync(p => p.Id == provisionId, cancellationToken)
            ?? throw new DomainException("That provision no longer exists: reload the page.");
        var what = $"{provision.Scheme.Describe()} Code provision {provision.Reference}";
        if (provision.Version != version) throw new ConcurrencyException(StaleChange.Message(what, provision.UpdatedByName, provision.UpdatedAt));
        var (wasActive, wasText) = (provision.IsActive, (provision.Section, provision.Requirement));
        provision.Reword(section, requirement);
        if (active) provision.Restore();
        else provision.Retire();
        if (wasActive == provision.IsActive && wasText == (provision.Section, provision.Requirement)) return;
        var now = clock.GetUtcNow().UtcDateTime;
        provision.RecordChange(by.Actor, now);
        var change = wasActive == provision.IsActive ? "reworded" : provision.IsActive ? "brought back into force" : "retired";
        db.TimelineEvents.Add(Event(by, now, $"{what} {change}."));
        await db.SaveExpectingAsync(provision, version, async () =>
        {
            await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
            var latest = await fresh.CodeProvisions.AsNoTracking().SingleAsync(p => p.Id == provisionId, cancellationToken);
            return StaleChange.Message(what, latest.UpdatedByName, latest.UpdatedAt);
        }, cancellationToken);
    }

    private async Task<ComplaintsDbContext> OpenAsync(CurrentStaff by, string toDoWhat, CancellationToken cancellationToken)
    {
        by.Require(StaffRole.ComplaintsAdmin, toDoWhat);
        var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        try
        {
            await StaffSessions.RequireLiveAsync(db, by, clock, cancellationToken);
            return db;
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    private void RequireYear(int financialYearStart) => ReportingYears.Require(UkTime.Today(clock), financialYearStart, "Assess");

    private static TimelineEvent Event(CurrentStaff by, DateTime now, string summary) => new(null, TimelineEventType.SetupChanged, by.Actor, now, summary);
}
