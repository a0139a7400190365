using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Queries;

/// <summary>
/// The complaints list: filtered, sorted and paged in the database, limited to the cases the person may see.
/// Indexes on (service area, status, next due), (status, next due) and (received, classification, area) carry it.
/// </summary>
public sealed class CaseListQuery(IDbContextFactory<ComplaintsDbContext> dbFactory, CalendarService calendars, TimeProvider clock)
{
    public const int MaxPageSize = 100;

    /// <summary>
    /// How many matching cases are counted at most; beyond it the page says "1,000+". Counting every open case of a
    /// million would cost more than reading the page itself.
    /// </summary>
    public const int CountCap = 1000;

    public Task<CaseListPage> SearchAsync(CaseListFilter filter, CurrentStaff staff, int page, int pageSize, CancellationToken cancellationToken = default) =>
        SearchAsync(filter, staff, page, pageSize, CountCap, cancellationToken);

    /// <summary>
    /// The list with its count stopped past <paramref name="countCap"/>, and a search ranked only up to <paramref name="rankCap"/>
    /// matches: tests reach both sides of each with a few cases.
    /// </summary>
    internal async Task<CaseListPage> SearchAsync(CaseListFilter filter, CurrentStaff staff, int page, int pageSize, int countCap,
        CancellationToken cancellationToken = default, int rankCap = CaseTextSearch.MaxRanked)
    {
        if (!staff.IsCaseworker) throw new PermissionDeniedException("Your role sees figures only, not individual cases.");
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(0, page);
        var calendar = await calendars.GetAsync(cancellationToken);
        var today = UkTime.Today(clock);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // One connection for the page's dozen statements: left to open and close it for each, the pool reset the
        // connection every time (a round trip to PostgreSQL each, "DISCARD ALL").
        await db.Database.OpenConnectionAsync(cancellationToken);
        var visibility = await CaseVisibility.OfAsync(db, staff, cancellationToken);
        var cases = visibility.Apply(db.Complaints.AsNoTracking());
        cases = ApplyFilters(cases, filter, today, calendar, db.RiskFlags);
        var search = string.IsNullOrWhiteSpace(filter.Search) ? null : await CaseTextSearch.PrepareAsync(db, filter.Search, rankCap, cancellationToken);
        // Counted no further than the cap, or than just past the page being read, so the pager still goes one page on
        // while more cases match.
        var countLimit = Math.Max(countCap, (page + 1) * pageSize);
        int counted;
        List<int> pageIds;
        if (search is not null && filter.Sort == CaseSort.NextDue)
        {
            // Few enough matches to rank: their keys are read (visibility and filters applied) and ordered here. Too many (a
            // common word): the most recently logged first, no further than the count's limit. Either way the same ids
            // count the cases and hold the page.
            var found = search.Ranks is not null
                ? await search.RankedIdsAsync(cases, cancellationToken)
                : await search.NewestIdsAsync(cases, countLimit + 1, KeepsOnlyOpenCases(filter), visibility, cancellationToken);
            (counted, pageIds) = CountAndPage(found);
        }
        else
        {
            if (search is not null) cases = search.Apply(cases);
            var ordered = filter.Sort switch
            {
                CaseSort.ReceivedNewest => cases.OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id),
                CaseSort.ReceivedOldest => cases.OrderBy(c => c.ReceivedAt).ThenBy(c => c.Id),
                CaseSort.Reference => cases.OrderBy(c => c.Reference),
                // The due filters keep only cases with a date, so "no date last" is dropped and the date's range reads
                // IX_Complaints_OpenByDue in this order instead of sorting every open case.
                _ when filter.Due is not null => cases.OrderBy(c => c.NextDueDate).ThenBy(c => c.ReceivedAt).ThenBy(c => c.Id),
                // IX_Complaints_OpenDueOrder and IX_Complaints_DueOrder (expression indexes, made in the migrations) hold this order.
                _ => cases.OrderBy(c => c.NextDueDate == null).ThenBy(c => c.NextDueDate).ThenBy(c => c.ReceivedAt).ThenBy(c => c.Id),
            };
            if (search is not null || ((filter.Flagged || filter.FlagKind is not null) && db is PostgresComplaintsDbContext))
            {
                // A search costs as much again to count as to page, and so do the risk flags on PostgreSQL, which builds a hash
                // table of every flag in force for each statement (SQLite checks them case by case, and counts faster apart):
                // the ids in order, up to the count's limit, do both in one read.
                var found = await ordered.Select(c => c.Id).Take(countLimit + 1).ToListAsync(cancellationToken);
                (counted, pageIds) = CountAndPage(found);
            }
            else
            {
                // Otherwise each is cheaper apart: the count from the filter's own index, the page from the first entries of
                // the order's (a subject's thousand cases in due order are thirty thousand cases into it).
                counted = await cases.Take(countLimit + 1).CountAsync(cancellationToken);
                pageIds = await ordered.Skip(page * pageSize).Take(pageSize).Select(c => c.Id).ToListAsync(cancellationToken);
            }
        }

        var rows = await db.Complaints.AsNoTracking().Where(c => pageIds.Contains(c.Id))
            .Select(c => new
            {
                c.Id, c.Reference, c.Classification, c.ReceivedOn, Area = c.ServiceArea!.Name, Subject = c.Subject == null ? null : c.Subject.Name,
                Complainant = c.Complainant == null ? null : c.Complainant.FirstName + " " + c.Complainant.LastName,
                Postcode = c.Complainant == null ? null : c.Complainant.Postcode,
                c.CurrentStage, c.Status, Officer = c.AllocatedOfficer == null ? null : c.AllocatedOfficer.DisplayName,
                c.NextDueDate, c.NextDueKind, c.Version, c.ComplainantId,
            })
            .ToListAsync(cancellationToken);
        rows = rows.OrderBy(r => pageIds.IndexOf(r.Id)).ToList();
        var flags = await RiskFlagKindsQuery.ByCaseAsync(db, rows.Select(r => (r.Id, r.ComplainantId)).ToList(), cancellationToken);
        var matches = search is null ? new Dictionary<int, CaseMatch>() : await search.MatchesAsync(rows.Select(r => r.Id).ToList(), cancellationToken);
        return new CaseListPage(
            rows.Select(r => new CaseListRow(r.Id, r.Reference, r.Classification, r.ReceivedOn, r.Area, r.Subject, r.Complainant?.Trim(), r.Postcode, r.CurrentStage, r.Status,
                r.Officer, r.NextDueDate, r.NextDueKind, r.NextDueDate is { } due && r.Status.IsOpen() ? calendar.DueStatusOf(due, today) : null, r.Version,
                flags.GetValueOrDefault(r.Id, []), matches.GetValueOrDefault(r.Id))).ToList(),
            Math.Min(counted, countLimit),
            counted > countLimit);

        // Ids read once in the list's order, past the count's limit, both count the cases and hold the page.
        (int Counted, List<int> PageIds) CountAndPage(List<int> found) => (found.Count, found.Skip(page * pageSize).Take(pageSize).ToList());
    }

    /// <summary>Whether the filters keep only open cases: a small part of any council's cases, with indexes of their own.</summary>
    private static bool KeepsOnlyOpenCases(CaseListFilter filter) =>
        filter.OpenOnly || filter.Due is not null || filter.UnallocatedOnly || filter.Status?.IsOpen() == true;

    private static IQueryable<Complaint> ApplyFilters(IQueryable<Complaint> cases, CaseListFilter filter, DateOnly today, WorkingDayCalendar calendar, IQueryable<RiskFlag> riskFlags)
    {
        if (filter.Flagged || filter.FlagKind is not null)
        {
            var kind = filter.FlagKind;
            // Two EXISTS, each led by its own index (case, complainant), rather than one with an OR that neither index serves.
            var inForce = riskFlags.Where(f => f.RemovedAt == null && (kind == null || f.Kind == kind));
            cases = cases.Where(c => inForce.Any(f => f.ComplaintId == c.Id) || (c.ComplainantId != null && inForce.Any(f => f.ComplainantId == c.ComplainantId)));
        }

        if (filter.Status is { } status) cases = cases.Where(c => c.Status == status);
        if (filter.OpenOnly || filter.Due is not null || filter.UnallocatedOnly) cases = cases.Where(CaseFilters.Open);
        if (filter.Stage is { } stage) cases = cases.Where(c => c.CurrentStage == stage);
        if (filter.ServiceAreaId is { } area) cases = cases.Where(c => c.ServiceAreaId == area);
        if (filter.OfficerId is { } officer) cases = cases.Where(c => c.AllocatedOfficerId == officer);
        if (filter.UnallocatedOnly) cases = cases.Where(c => c.AllocatedOfficerId == null);
        if (filter.ProcedureId is { } procedure) cases = cases.Where(c => c.ProcedureId == procedure);
        if (filter.Classification is { } classification) cases = cases.Where(c => c.Classification == classification);
        if (filter.SubjectId is { } subject) cases = cases.Where(c => c.SubjectId == subject);
        if (filter.CategoryId is { } category) cases = cases.Where(c => c.CategoryId == category);
        if (filter.Channel is { } channel) cases = cases.Where(c => c.Channel == channel);
        if (filter.ReceivedFrom is { } from) cases = cases.Where(c => c.ReceivedOn >= from);
        if (filter.ReceivedTo is { } to) cases = cases.Where(c => c.ReceivedOn <= to);
        if (filter.Due is { } due)
        {
            var limit = due switch
            {
                DueFilter.Overdue => today.AddDays(-1),
                DueFilter.DueSoon => calendar.AddWorkingDays(today, 2),
                _ => calendar.AddWorkingDays(today, 5),
            };
            cases = cases.Where(c => c.NextDueDate != null && c.NextDueDate <= limit);
        }

        return cases;
    }
}
