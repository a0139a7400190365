using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Documents;
using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintsHub.Core.Records;

/// <summary>
/// The nightly retention run: anonymises every person whose cases are all past their retention period, and every case with
/// no complainant that is, except what a legal hold keeps. Called every few minutes by every app instance; it does its
/// work once a day, at or after <see cref="RunHour"/> UK time, by whichever instance takes the day's lease, and logs
/// every run (<see cref="AnonymisationRun"/>), including one that found nothing.
/// </summary>
public sealed class RetentionRun(
    IDbContextFactory<ComplaintsDbContext> dbFactory, IDocumentContentStore documents, IOptions<RecordsOptions> options, TimeProvider clock, ILogger<RetentionRun> logger)
{
    public const string LeaseName = "records-retention";

    /// <summary>Early in the morning, when nobody is working cases.</summary>
    public const int RunHour = 2;

    public static readonly TimeSpan LeaseLength = TimeSpan.FromMinutes(30);

    private readonly DailyLease _lease = new(dbFactory, LeaseName, LeaseLength, logger);

    /// <summary>The day's run if it is due and no instance has done it: the run's log line, or null when there was nothing to do now.</summary>
    public async Task<AnonymisationRun?> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var local = UkTime.ToLocal(now);
        var today = DateOnly.FromDateTime(local);
        if (local.Hour < RunHour || !await _lease.TryTakeAsync(today, now, cancellationToken)) return null;
        try
        {
            var run = await AnonymiseDueAsync(now, cancellationToken);
            await _lease.FinishAsync(today, cancellationToken);
            return run;
        }
        catch
        {
            await _lease.ReleaseAsync();
            throw;
        }
    }

    private async Task<AnonymisationRun> AnonymiseDueAsync(DateTime now, CancellationToken cancellationToken)
    {
        RetentionPlan plan;
        Dictionary<int, (string Name, int Years)> procedures;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            // Read once: the plan, the re-check of each case as it is anonymised and the timeline's reason use the same periods.
            procedures = await db.Procedures.AsNoTracking().ToDictionaryAsync(p => p.Id, p => (p.Name, p.RetentionYears), cancellationToken);
            plan = await RetentionPlanner.PlanAsync(db, procedures.ToDictionary(p => p.Key, p => p.Value.Years), now, cancellationToken);
        }

        var by = new Actor(Guid.Empty, AnonymisedText.ByName);
        AnonymisationRun run;
        var (people, cases) = await Anonymiser.AnonymiseAsync(dbFactory, documents, plan, by, now,
            c => $"Anonymised: the {procedures[c.ProcedureId].Name} procedure keeps a case's file for {procedures[c.ProcedureId].Years} years after it closes.",
            c => RetentionRules.IsDue(c, procedures[c.ProcedureId].Years, now),
            // A council's first night may take longer than the lease: it is renewed as each batch is saved.
            () => _lease.RenewAsync(clock.GetUtcNow().UtcDateTime, cancellationToken), purgeIndex: true, cancellationToken);
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            // The access log's own period: the one sanctioned removal of its lines.
            var logCutoff = now.AddYears(-options.Value.AccessLogYears);
            var removed = await db.PersonalDataAccessLog.Where(l => l.AccessedAt < logCutoff).ExecuteDeleteAsync(cancellationToken);
            run = new AnonymisationRun(AnonymisationKind.Retention, now, AnonymisedText.ByName, "Retention periods ended", people, cases, plan.Held.Count) { AccessLogLinesRemoved = removed };
            db.AnonymisationRuns.Add(run);
            await db.SaveChangesAsync(cancellationToken);
        }

        logger.LogInformation("Retention run: {People} people and {Cases} cases anonymised, {Held} held, {Lines} access log lines past their period removed",
            people, cases, plan.Held.Count, run.AccessLogLinesRemoved);
        return run;
    }
}
