using System.Globalization;
using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Email;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintsHub.Core.Notifications;

/// <summary>
/// The daily reminders and the weekly report. Called every minute or so by every app instance; it does its work once a
/// working day, at or after <see cref="EmailOptions.ReminderHour"/> UK time (or when the app next starts that day, if it
/// was down at the hour: a missed day is not made up later). Two guards keep each email single however many instances
/// run: the lease (<see cref="ScheduledWorkLease"/>), which one instance wins with a conditional update, and each
/// email's unique key, which names the case, the deadline and the person (or the week and the person).
/// </summary>
public sealed class ReminderRun(IDbContextFactory<ComplaintsDbContext> dbFactory, CalendarService calendars, StaffNotifications notifications,
    IOptions<EmailOptions> options, TimeProvider clock, ILogger<ReminderRun> logger)
{
    public const string LeaseName = "daily-reminders";

    /// <summary>Long enough for any run; if the instance stops mid-run, another takes over after this (the keys stop doubles).</summary>
    public static readonly TimeSpan LeaseLength = TimeSpan.FromMinutes(10);

    private readonly DailyLease _lease = new(dbFactory, LeaseName, LeaseLength, logger);

    /// <summary>
    /// Queues today's reminders if they are due and no instance has done so: returns how many emails were queued, or
    /// null when there was nothing to do now (email switched off, not a working day, before the hour, done already today,
    /// or another instance is at it).
    /// </summary>
    public async Task<int?> RunAsync(CancellationToken cancellationToken = default)
    {
        if (!options.Value.IsSwitchedOn) return null;
        var now = clock.GetUtcNow().UtcDateTime;
        var local = UkTime.ToLocal(now);
        var today = DateOnly.FromDateTime(local);
        var calendar = await calendars.GetAsync(cancellationToken);
        if (!calendar.IsWorkingDay(today) || local.Hour < options.Value.ReminderHour) return null;
        if (!await _lease.TryTakeAsync(today, now, cancellationToken)) return null;

        try
        {
            var emails = await DeadlineRemindersAsync(calendar, today, now, cancellationToken);
            emails.AddRange(await PromisedActionRemindersAsync(calendar, today, now, cancellationToken));
            if (IsFirstWorkingDayOfWeek(calendar, today)) emails.AddRange(WeeklyEmails(await WeeklyReportsAsync(today, cancellationToken), now));
            var queued = await AddNewAsync(emails, cancellationToken);
            await _lease.FinishAsync(today, cancellationToken);
            logger.LogInformation("Reminders for {Today:yyyy-MM-dd}: {Queued} emails queued", today, queued);
            return queued;
        }
        catch
        {
            await _lease.ReleaseAsync();
            throw;
        }
    }

    /// <summary>Monday, or the first working day after it when Monday (and so on) is a bank holiday or closure day.</summary>
    public static bool IsFirstWorkingDayOfWeek(WorkingDayCalendar calendar, DateOnly day)
    {
        var monday = MondayOf(day);
        if (!calendar.IsWorkingDay(day)) return false;
        for (var d = monday; d < day; d = d.AddDays(1))
        {
            if (calendar.IsWorkingDay(d)) return false;
        }

        return true;
    }

    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>"Due soon" to the officer of each open case due within 2 working days; "overdue" to the officer and their team leader.</summary>
    private async Task<List<OutboxEmail>> DeadlineRemindersAsync(WorkingDayCalendar calendar, DateOnly today, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var soon = calendar.AddWorkingDays(today, 2);
        var cases = await db.Complaints.AsNoTracking().Where(CaseFilters.Open)
            .Where(c => c.AllocatedOfficerId != null && c.NextDueDate != null && c.NextDueDate <= soon)
            .OrderBy(c => c.NextDueDate).ThenBy(c => c.Id)
            .Select(c => new
            {
                c.Id,
                c.Reference,
                Due = c.NextDueDate!.Value,
                c.NextDueKind,
                OfficerId = c.AllocatedOfficerId!.Value,
                Officer = c.AllocatedOfficer!.DisplayName,
                TeamLeaderId = c.AllocatedOfficer.Team!.TeamLeaderId,
                Area = c.ServiceArea!.Name,
                Subject = c.Subject!.Name,
                Category = c.Category!.Name,
            })
            .ToListAsync(cancellationToken);
        var overdue = cases.Where(c => c.Due < today).ToList();
        var dueSoon = cases.Where(c => c.Due >= today).ToList();
        var soonTo = await notifications.RecipientsAsync(db, EmailKind.DueSoon, dueSoon.Select(c => c.OfficerId).ToList(), cancellationToken);
        var overdueTo = await notifications.RecipientsAsync(db, EmailKind.Overdue,
            overdue.Select(c => c.OfficerId).Concat(overdue.Where(c => c.TeamLeaderId is not null).Select(c => c.TeamLeaderId!.Value)).ToList(), cancellationToken);
        var emails = notifications.Emails;
        var outbox = new List<OutboxEmail>();
        foreach (var c in dueSoon)
        {
            if (!soonTo.TryGetValue(c.OfficerId, out var to)) continue;
            var mention = new CaseMention(c.Reference, c.Area, c.Subject, c.Category, c.Due, c.Officer, c.NextDueKind);
            outbox.Add(StaffNotifications.Outbox(EmailKind.DueSoon, to, emails.DueSoon(to.Name, mention, c.Due), now, c.Id, Key("due-soon", c.Id, c.Due, to.Id)));
        }

        foreach (var c in overdue)
        {
            var mention = new CaseMention(c.Reference, c.Area, c.Subject, c.Category, c.Due, c.Officer, c.NextDueKind);
            if (overdueTo.TryGetValue(c.OfficerId, out var officer))
            {
                outbox.Add(StaffNotifications.Outbox(EmailKind.Overdue, officer, emails.Overdue(officer.Name, mention, c.Due, toTeamLeader: false), now, c.Id, Key("overdue", c.Id, c.Due, officer.Id)));
            }

            if (c.TeamLeaderId is { } leaderId && leaderId != c.OfficerId && overdueTo.TryGetValue(leaderId, out var leader))
            {
                outbox.Add(StaffNotifications.Outbox(EmailKind.Overdue, leader, emails.Overdue(leader.Name, mention, c.Due, toTeamLeader: true), now, c.Id, Key("overdue", c.Id, c.Due, leader.Id)));
            }
        }

        return outbox;
    }

    /// <summary>
    /// "Due soon" and "overdue" to the owner of each open promised action due within 2 working days or past its date, on cases
    /// open or closed (a promise outlives its case). Keyed by the action and its date, so a re-dated action is reminded again.
    /// </summary>
    private async Task<List<OutboxEmail>> PromisedActionRemindersAsync(WorkingDayCalendar calendar, DateOnly today, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var soon = calendar.AddWorkingDays(today, 2);
        var actions = await (
                from a in db.PromisedActions.AsNoTracking()
                where a.Status == PromisedActionStatus.Open && a.DueDate <= soon
                join c in db.Complaints.AsNoTracking() on a.ComplaintId equals c.Id
                // An anonymised case can no longer change, so its promises cannot be marked done: nobody is chased for them.
                where c.AnonymisedAt == null
                orderby a.DueDate, a.Id
                select new { a.Id, a.ComplaintId, a.StageNumber, a.DueDate, a.OwnerId, c.Reference, Area = c.ServiceArea!.Name, Subject = c.Subject!.Name, Category = c.Category!.Name })
            .ToListAsync(cancellationToken);
        var soonTo = await notifications.RecipientsAsync(db, EmailKind.PromisedActionDueSoon, actions.Where(a => a.DueDate >= today).Select(a => a.OwnerId).ToList(), cancellationToken);
        var overdueTo = await notifications.RecipientsAsync(db, EmailKind.PromisedActionOverdue, actions.Where(a => a.DueDate < today).Select(a => a.OwnerId).ToList(), cancellationToken);
        var outbox = new List<OutboxEmail>();
        foreach (var a in actions)
        {
            var overdue = a.DueDate < today;
            if (!(overdue ? overdueTo : soonTo).TryGetValue(a.OwnerId, out var to)) continue;
            var mention = new CaseMention(a.Reference, a.Area, a.Subject, a.Category);
            var kind = overdue ? EmailKind.PromisedActionOverdue : EmailKind.PromisedActionDueSoon;
            outbox.Add(StaffNotifications.Outbox(kind, to, notifications.Emails.PromisedActionDue(to.Name, mention, a.StageNumber, a.DueDate, overdue), now, a.ComplaintId,
                $"{(overdue ? "promised-overdue" : "promised-due-soon")}:{a.Id.ToString(CultureInfo.InvariantCulture)}:{a.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}:{to.Id:D}"));
        }

        return outbox;
    }

    /// <summary>
    /// The weekly report for <paramref name="today"/>'s week, to each active team leader and head of service who has service
    /// areas and has not turned the report off, about their own areas.
    /// </summary>
    public async Task<IReadOnlyList<AddressedWeeklyReport>> WeeklyReportsAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var managers = await db.StaffUsers.AsNoTracking()
            .Where(s => s.IsActive && s.Roles.Any(r => r.Role == StaffRole.TeamLeader || r.Role == StaffRole.HeadOfService) && s.ServiceAreas.Any())
            .Select(s => new { s.Id, Areas = s.ServiceAreas.OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToList() })
            .ToListAsync(cancellationToken);
        var to = await notifications.RecipientsAsync(db, EmailKind.WeeklyReport, managers.Select(m => m.Id).ToList(), cancellationToken);
        managers = managers.Where(m => to.ContainsKey(m.Id)).ToList();
        if (managers.Count == 0) return [];

        var areaIds = managers.SelectMany(m => m.Areas.Select(a => a.Id)).Distinct().ToList();
        var monday = MondayOf(today);
        var weekEnds = monday.AddDays(6);
        var (lastFrom, lastTo) = (monday.AddDays(-7), monday.AddDays(-1));
        var open = await db.Complaints.AsNoTracking().Where(CaseFilters.Open).Where(c => areaIds.Contains(c.ServiceAreaId))
            .GroupBy(c => c.ServiceAreaId).Select(g => new { Area = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Area, g => g.Count, cancellationToken);
        var due = await db.Complaints.AsNoTracking().Where(CaseFilters.Open)
            .Where(c => areaIds.Contains(c.ServiceAreaId) && c.NextDueDate != null && c.NextDueDate <= weekEnds)
            .OrderBy(c => c.NextDueDate).ThenBy(c => c.Reference)
            .Select(c => new
            {
                c.ServiceAreaId,
                c.Reference,
                Area = c.ServiceArea!.Name,
                Subject = c.Subject!.Name,
                Category = c.Category!.Name,
                c.NextDueDate,
                c.NextDueKind,
                Officer = c.AllocatedOfficer!.DisplayName,
            })
            .ToListAsync(cancellationToken);
        // Last week's figures, as the dashboard defines them: stages opened, responses sent, and those within timescale.
        var received = await db.ComplaintStages.AsNoTracking().Where(s => areaIds.Contains(s.ServiceAreaId) && s.OpenedOn >= lastFrom && s.OpenedOn <= lastTo)
            .GroupBy(s => s.ServiceAreaId).Select(g => new { Area = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Area, g => g.Count, cancellationToken);
        var responded = await db.ComplaintStages.AsNoTracking().Where(s => areaIds.Contains(s.ServiceAreaId) && s.ResponseSentOn >= lastFrom && s.ResponseSentOn <= lastTo)
            .GroupBy(s => s.ServiceAreaId).Select(g => new { Area = g.Key, Count = g.Count(), OnTime = g.Count(s => s.WorkingDaysLate == 0) })
            .ToDictionaryAsync(g => g.Area, cancellationToken);

        return managers.Select(manager =>
        {
            var mine = manager.Areas.Select(a => a.Id).ToHashSet();
            var cases = due.Where(d => mine.Contains(d.ServiceAreaId))
                .Select(d => new CaseMention(d.Reference, d.Area, d.Subject, d.Category, d.NextDueDate, d.Officer, d.NextDueKind)).ToList();
            var report = new WeeklyReport(monday, today, weekEnds, manager.Areas.Select(a => a.Name).ToList(),
                mine.Sum(a => open.GetValueOrDefault(a)),
                cases.Where(c => c.Due < today).ToList(),
                cases.Where(c => c.Due >= today).ToList(),
                new WeeklyFigures(lastFrom, lastTo,
                    mine.Sum(a => received.GetValueOrDefault(a)),
                    mine.Sum(a => responded.TryGetValue(a, out var r) ? r.Count : 0),
                    mine.Sum(a => responded.TryGetValue(a, out var r) ? r.OnTime : 0)));
            return new AddressedWeeklyReport(to[manager.Id], report);
        }).ToList();
    }

    private IEnumerable<OutboxEmail> WeeklyEmails(IReadOnlyList<AddressedWeeklyReport> reports, DateTime now)
    {
        var emails = notifications.Emails;
        return reports.Select(r => StaffNotifications.Outbox(EmailKind.WeeklyReport, r.To, emails.Weekly(r.To.Name, r.Report), now, null,
            $"weekly:{r.Report.WeekBegins.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}:{r.To.Id:D}"));
    }

    /// <summary>
    /// Saves the emails whose key is not in the outbox yet. Another instance may add the same keys meanwhile (the lease ran
    /// out under a slow run): then each is tried alone, and a clash means that one is there already, not a failure.
    /// </summary>
    private async Task<int> AddNewAsync(IReadOnlyList<OutboxEmail> emails, CancellationToken cancellationToken)
    {
        if (emails.Count == 0) return 0;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var keys = emails.Select(e => e.DedupeKey!).ToList();
        var existing = new HashSet<string>();
        foreach (var chunk in keys.Chunk(500))
        {
            existing.UnionWith(await db.OutboxEmails.AsNoTracking().Where(e => chunk.Contains(e.DedupeKey!)).Select(e => e.DedupeKey!).ToListAsync(cancellationToken));
        }

        var fresh = emails.Where(e => !existing.Contains(e.DedupeKey!)).ToList();
        if (fresh.Count == 0) return 0;
        db.OutboxEmails.AddRange(fresh);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return fresh.Count;
        }
        catch (DbUpdateException)
        {
            var added = 0;
            foreach (var email in fresh)
            {
                await using var single = await dbFactory.CreateDbContextAsync(cancellationToken);
                single.OutboxEmails.Add(Copy(email));
                try
                {
                    await single.SaveChangesAsync(cancellationToken);
                    added++;
                }
                catch (DbUpdateException)
                {
                    if (!await KeyExistsAsync(email.DedupeKey!, cancellationToken)) throw;
                }
            }

            return added;
        }
    }

    private async Task<bool> KeyExistsAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.OutboxEmails.AnyAsync(e => e.DedupeKey == key, cancellationToken);
    }

    /// <summary>A fresh row with the same content: the failed batch left the original tracked by a context now gone.</summary>
    private static OutboxEmail Copy(OutboxEmail e) =>
        new(e.Kind, e.ToAddress, e.ToName, e.Subject, e.TextBody, e.HtmlBody, e.CreatedAt, e.ComplaintId, e.RecipientStaffId, e.DedupeKey, e.IssuedLetterId);

    /// <summary>Which instance holds the lease, for whoever reads the table: the machine and process, made unique.</summary>
    private static string Key(string what, int caseId, DateOnly due, Guid staffId) =>
        $"{what}:{caseId.ToString(CultureInfo.InvariantCulture)}:{due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}:{staffId:D}";
}
