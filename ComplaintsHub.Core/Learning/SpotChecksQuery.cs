using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Learning;

/// <summary>
/// The spot checks' reading: which quarters can be checked, each head of service's sample, one case's facts and check,
/// and the completion report. A head of service sees their own; the complaints team sees everyone's.
/// </summary>
public sealed class SpotChecksQuery(IDbContextFactory<ComplaintsDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>The quarters that can be checked, newest first.</summary>
    public IReadOnlyList<FinancialQuarter> Quarters() => SpotCheckDraw.Quarters(UkTime.Today(clock));

    public async Task<SpotCheckCompletion> CompletionAsync(FinancialQuarter quarter, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        RequireEnded(quarter);
        return await CompletionOfAsync(quarter, staff, cancellationToken);
    }

    /// <summary>For the annual report: any quarter that has ended, however long ago, not only the last eight a head of service may still check.</summary>
    internal async Task<SpotCheckCompletion> CompletionOfEndedAsync(FinancialQuarter quarter, CurrentStaff staff, CancellationToken cancellationToken)
    {
        if (quarter.End >= UkTime.Today(clock)) throw new DomainException($"{quarter.Label} has not ended.");
        return await CompletionOfAsync(quarter, staff, cancellationToken);
    }

    private async Task<SpotCheckCompletion> CompletionOfAsync(FinancialQuarter quarter, CurrentStaff staff, CancellationToken cancellationToken)
    {
        if (!SpotCheckRights.MayRead(staff)) throw new PermissionDeniedException(SpotCheckRights.Refusal);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var checks = Checks(db, quarter);
        // Every head of service now, and anyone who did checks that quarter and has since left or changed role: their checks still count.
        var checkers = checks.Select(c => c.HeadOfServiceId);
        var heads = db.StaffUsers.AsNoTracking().Where(s => (s.IsActive && s.Roles.Any(r => r.Role == StaffRole.HeadOfService)) || checkers.Contains(s.Id));
        if (!staff.Has(StaffRole.ComplaintsAdmin)) heads = heads.Where(s => s.Id == staff.StaffUserId);
        var people = await heads.OrderBy(s => s.DisplayName).Select(s => new { s.Id, s.DisplayName }).ToListAsync(cancellationToken);
        var recorded = await checks.Select(c => new { c.HeadOfServiceId, c.ComplaintId, c.NoAnswers }).ToListAsync(cancellationToken);
        var raised = await db.ImprovementActions.AsNoTracking().Join(checks, a => a.SpotCheckId, c => (int?)c.Id, (a, c) => c.HeadOfServiceId)
            .GroupBy(h => h).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);

        var rows = new List<SpotCheckCompletionRow>();
        var settings = await SpotCheckDraw.SettingsAsync(db, cancellationToken);
        foreach (var person in people)
        {
            var draw = await SpotCheckDraw.ForAsync(db, quarter, person.Id, settings, cancellationToken);
            var mine = recorded.Where(c => c.HeadOfServiceId == person.Id).ToList();
            // "Checked" counts the cases still drawn, so a case that left the sample (reopened, escalated, a smaller
            // share) and was replaced shows as outstanding; what every recorded check found still counts.
            rows.Add(new SpotCheckCompletionRow(person.Id, person.DisplayName, string.Join(", ", draw.Areas.Select(a => a.Name)), draw.Closed, draw.Sample.Count,
                mine.Count(c => draw.Sample.Contains(c.ComplaintId)), mine.Count(c => c.NoAnswers > 0), raised.GetValueOrDefault(person.Id)));
        }

        var ids = people.Select(p => p.Id).ToList();
        var mineOnly = checks.Where(c => ids.Contains(c.HeadOfServiceId));
        const SpotCheckAnswer no = SpotCheckAnswer.No;
        var counts = await mineOnly.GroupBy(_ => 1).Select(g => new
            {
                A = g.Count(c => c.RightClassification == no), B = g.Count(c => c.AcknowledgedInTime == no), C = g.Count(c => c.AnsweredInTime == no),
                D = g.Count(c => c.CoversEveryPoint == no), E = g.Count(c => c.SaysHowToEscalate == no), F = g.Count(c => c.RemedyProportionate == no),
                G = g.Count(c => c.LearningCaptured == no),
            }).SingleOrDefaultAsync(cancellationToken);
        // In the questions' order.
        int[] no7 = counts is null ? new int[7] : [counts.A, counts.B, counts.C, counts.D, counts.E, counts.F, counts.G];
        var failings = Enum.GetValues<SpotCheckQuestion>().Select((q, i) => new SpotCheckQuestionCount(q, no7[i])).ToList();
        return new SpotCheckCompletion(quarter, rows, failings);
    }

    public async Task<SpotCheckSampleView> SampleAsync(FinancialQuarter quarter, Guid headOfServiceId, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        RequireMayRead(staff, headOfServiceId);
        RequireEnded(quarter);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var name = await HeadOfServiceAsync(db, headOfServiceId, cancellationToken);
        var draw = await SpotCheckDraw.ForAsync(db, quarter, headOfServiceId, cancellationToken);
        var checks = await Checks(db, quarter).Where(c => c.HeadOfServiceId == headOfServiceId)
            .Select(c => new { c.ComplaintId, c.Id, c.NoAnswers }).ToDictionaryAsync(c => c.ComplaintId, cancellationToken);
        // The cases drawn, and any checked that have since left the sample: a recorded check is never hidden.
        var listed = draw.Sample.Union(checks.Keys).ToList();
        var cases = await (from c in db.Complaints.AsNoTracking()
                           where listed.Contains(c.Id)
                           join a in db.ServiceAreas on c.ServiceAreaId equals a.Id
                           select new
                           {
                               c.Id, c.Reference, Area = a.Name, Category = db.Categories.Where(k => k.Id == c.CategoryId).Select(k => k.Name).FirstOrDefault(),
                               c.Outcome, c.ClosedAt,
                           }).ToDictionaryAsync(c => c.Id, cancellationToken);
        var rows = listed.Where(cases.ContainsKey).Select(id => (Case: cases[id], Check: checks.GetValueOrDefault(id)))
            .Select(x => new SpotCheckSampleRow(x.Case.Id, x.Case.Reference, x.Case.Area, x.Case.Category, x.Case.Outcome,
                x.Case.ClosedAt is { } closed ? UkTime.DateOf(closed) : null, x.Check?.Id, x.Check?.NoAnswers, draw.Sample.Contains(x.Case.Id)))
            .OrderBy(r => r.Checked).ThenBy(r => r.ClosedOn).ThenBy(r => r.Reference).ToList();
        return new SpotCheckSampleView(quarter, headOfServiceId, name, [.. draw.Areas.Select(a => a.Name)], draw.Closed, rows, SpotCheckRights.MayRecordFor(staff, headOfServiceId));
    }

    public async Task<SpotCheckCaseView> CaseAsync(FinancialQuarter quarter, Guid headOfServiceId, int caseId, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        RequireMayRead(staff, headOfServiceId);
        RequireEnded(quarter);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var name = await HeadOfServiceAsync(db, headOfServiceId, cancellationToken);
        var check = await Checks(db, quarter).SingleOrDefaultAsync(c => c.HeadOfServiceId == headOfServiceId && c.ComplaintId == caseId, cancellationToken);
        // A check already recorded stays readable even if a change of settings has since shrunk the sample.
        if (check is null && !(await SpotCheckDraw.ForAsync(db, quarter, headOfServiceId, cancellationToken)).Sample.Contains(caseId))
        {
            throw new PermissionDeniedException($"That case is not in {name}'s spot check for {quarter.Label}.");
        }

        var facts = await (from c in db.Complaints.AsNoTracking()
                           where c.Id == caseId
                           join a in db.ServiceAreas on c.ServiceAreaId equals a.Id
                           select new
                           {
                               c.Reference, Procedure = c.Procedure.Name, AreaId = a.Id, Area = a.Name, Category = db.Categories.Where(k => k.Id == c.CategoryId).Select(k => k.Name).FirstOrDefault(),
                               c.Classification, c.Outcome, c.ClosedAt,
                           }).SingleAsync(cancellationToken);
        var stages = await db.ComplaintStages.AsNoTracking().Where(s => s.ComplaintId == caseId).OrderBy(s => s.StageNumber)
            .Select(s => new { s.StageNumber, s.OpenedOn, s.AcknowledgementDue, s.AcknowledgedAt, s.ResponseDue, s.ResponseSentOn, s.WorkingDaysLate, s.Outcome,
                s.RemedySummary, s.FinancialRedress, s.RootCause, s.LessonLearnt })
            .ToListAsync(cancellationToken);
        var actions = check is null
            ? []
            : await ImprovementActionsQuery.Rows(db, db.ImprovementActions.AsNoTracking().Where(a => a.SpotCheckId == check.Id), UkTime.Today(clock)).ToListAsync(cancellationToken);
        return new SpotCheckCaseView(quarter, headOfServiceId, name, caseId, facts.Reference, facts.Procedure, facts.AreaId, facts.Area, facts.Category, facts.Classification, facts.Outcome,
            facts.ClosedAt is { } closed ? UkTime.DateOf(closed) : null,
            [.. stages.Select(s => new SpotCheckStageFacts(s.StageNumber, s.OpenedOn, s.AcknowledgementDue, s.AcknowledgedAt is { } at ? UkTime.DateOf(at) : null, s.ResponseDue,
                s.ResponseSentOn, s.WorkingDaysLate, s.Outcome, s.RemedySummary, s.FinancialRedress, s.RootCause, s.LessonLearnt))],
            check is null ? null : new SpotCheckRecord(check.Id, check.Answers, check.Findings, check.CheckedByName, check.CheckedOn, check.NoAnswers),
            actions, check is null && SpotCheckRights.MayRecordFor(staff, headOfServiceId));
    }

    private static IQueryable<SpotCheck> Checks(ComplaintsDbContext db, FinancialQuarter quarter) =>
        db.SpotChecks.AsNoTracking().Where(c => c.FinancialYearStart == quarter.FinancialYearStart && c.Quarter == quarter.Quarter);

    private static void RequireMayRead(CurrentStaff staff, Guid headOfServiceId)
    {
        if (!SpotCheckRights.MayRead(staff)) throw new PermissionDeniedException(SpotCheckRights.Refusal);
        if (!SpotCheckRights.MayReadFor(staff, headOfServiceId)) throw new PermissionDeniedException("A head of service sees their own spot checks; the complaints team sees everyone's.");
    }

    private void RequireEnded(FinancialQuarter quarter) => SpotCheckDraw.RequireCheckable(UkTime.Today(clock), quarter);

    private static async Task<string> HeadOfServiceAsync(ComplaintsDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.StaffUsers.AsNoTracking()
            .Where(s => s.Id == id && (s.Roles.Any(r => r.Role == StaffRole.HeadOfService) || db.SpotChecks.Any(c => c.HeadOfServiceId == id)))
            .Select(s => s.DisplayName).SingleOrDefaultAsync(cancellationToken)
        ?? throw new DomainException("There is no head of service with that id.");
}
