using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Contacts;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Records;

/// <summary>The records page's reads, for the complaints team: the retention preview, the anonymisation log, and finding a person.</summary>
public sealed class RecordsQuery(IDbContextFactory<ComplaintsDbContext> dbFactory, TimeProvider clock)
{
    public const int MaxListed = 200;
    public const int MaxRuns = 100;
    public const int MaxPeopleFound = 20;

    public async Task<RetentionPreview> PreviewAsync(CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        staff.Require(StaffRole.ComplaintsAdmin, "see what the retention run will anonymise");
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var years = await RetentionPlanner.RetentionYearsAsync(db, cancellationToken);
        var plan = await RetentionPlanner.PlanAsync(db, years, now, cancellationToken);
        var listed = plan.People.Take(MaxListed).ToList();
        var ids = listed.Select(p => p.ComplainantId).ToList();
        var names = await db.Complainants.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.FirstName, p.LastName, p.Postcode }).ToDictionaryAsync(p => p.Id, cancellationToken);
        var people = listed.Select(p => new RetentionPreviewPerson(p.ComplainantId, $"{names[p.ComplainantId].FirstName} {names[p.ComplainantId].LastName}".Trim(),
                names[p.ComplainantId].Postcode, p.Cases.Select(c => c.Reference).ToList(), p.Cases.Max(c => Until(c, years))))
            .OrderBy(p => p.RetainedUntil).ThenBy(p => p.ComplainantId).ToList();
        // Answered long ago and still waiting to be closed: their retention periods have not started.
        var twelveMonthsAgo = UkTime.Today(clock).AddMonths(-RetentionRules.MonthsBeforeUnclosedIsListed);
        var unclosed = db.Complaints.AsNoTracking()
            .Where(c => c.Status == CaseStatus.Responded && c.AnonymisedAt == null)
            .Select(c => new { c.Id, c.Reference, RespondedOn = c.Stages.Max(s => s.ResponseSentOn) })
            .Where(c => c.RespondedOn < twelveMonthsAgo);
        return new RetentionPreview(plan.People.Count, plan.CaseCount, people,
            plan.LoneCases.Count, plan.LoneCases.Take(MaxListed).Select(c => Row(c, years)).ToList(),
            plan.Held.Count, plan.Held.Take(MaxListed).Select(c => Row(c, years)).ToList(),
            await unclosed.CountAsync(cancellationToken),
            await unclosed.OrderBy(c => c.RespondedOn).ThenBy(c => c.Id).Take(MaxListed)
                .Select(c => new UnclosedCase(c.Id, c.Reference, c.RespondedOn!.Value)).ToListAsync(cancellationToken));
    }

    public async Task<IReadOnlyList<AnonymisationRunRow>> RunsAsync(CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        staff.Require(StaffRole.ComplaintsAdmin, "read the anonymisation log");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.AnonymisationRuns.AsNoTracking().OrderByDescending(r => r.RanAt).ThenByDescending(r => r.Id).Take(MaxRuns)
            .Select(r => new AnonymisationRunRow(r.RanAt, r.Kind, r.ByName, r.Reason, r.People, r.Cases, r.HeldCases))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Everyone on record matching the search, anonymised people included (so a request about one can be answered honestly).</summary>
    public async Task<IReadOnlyList<RecordsPerson>> FindPeopleAsync(string? term, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        staff.Require(StaffRole.ComplaintsAdmin, "search people's records");
        term = term?.Trim();
        if (string.IsNullOrEmpty(term) || term.Length < 2 || term.Length > Input.TextLimits.Email) return [];
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ids = await ComplainantSearch.Matching(db.Complainants.AsNoTracking(), term, db.Complaints)
            .OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ThenBy(p => p.Id).Take(MaxPeopleFound).Select(p => p.Id)
            .ToListAsync(cancellationToken);
        return await PeopleAsync(db, ids, cancellationToken);
    }

    /// <summary>These people as a records request shows them, in the order given.</summary>
    internal async Task<IReadOnlyList<RecordsPerson>> PeopleAsync(ComplaintsDbContext db, IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        var people = (await db.Complainants.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.FirstName, p.LastName, p.AddressLine1, p.Town, p.Postcode, p.Email, p.Phone, p.AnonymisedAt })
            .ToListAsync(cancellationToken)).ToDictionary(p => p.Id);
        var cases = (await db.Complaints.AsNoTracking().Where(c => c.ComplainantId != null && ids.Contains(c.ComplainantId.Value))
            .Select(RetentionPlanner.Facts).ToListAsync(cancellationToken)).ToLookup(c => c.ComplainantId!.Value);
        return ids.Where(people.ContainsKey).Select(id => people[id]).Select(p => new RecordsPerson(p.Id, $"{p.FirstName} {p.LastName}".Trim(),
                string.Join(", ", new[] { p.AddressLine1, p.Town }.Where(x => !string.IsNullOrWhiteSpace(x))) is { Length: > 0 } a ? a : null,
                p.Postcode, p.Email, p.Phone, cases[p.Id].OrderBy(c => c.Id).Select(c => c.Reference).ToList(), p.AnonymisedAt,
                p.AnonymisedAt is null ? RetentionRules.WhyNotErase(cases[p.Id]) : "Already anonymised."))
            .ToList();
    }

    private static DateOnly Until(RetentionFacts c, Dictionary<int, int> years) => UkTime.DateOf(RetentionRules.RetainedUntil(c, years[c.ProcedureId])!.Value);

    private static RetentionPreviewCase Row(RetentionFacts c, Dictionary<int, int> years) =>
        new(c.Id, c.Reference, UkTime.DateOf(c.ClosedAt!.Value), Until(c, years), c.LegalHoldReason, c.LegalHoldSince is { } since ? UkTime.DateOf(since) : null);
}
