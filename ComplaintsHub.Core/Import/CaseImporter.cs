using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Import;

/// <summary>
/// Brings the council's old list in as cases: a dry run that reports every problem and saves nothing, and the import,
/// all or nothing in one transaction. Each case is made by the aggregate's own methods with its historical dates
/// (logged, acknowledged, answered, closed), so it counts in the quarters it belongs to; see decision 0012.
/// </summary>
public sealed class CaseImporter(IDbContextFactory<ComplaintsDbContext> dbFactory, CalendarService calendars, TimeProvider clock)
{
    /// <summary>The time of day an imported date is taken to be, on the UK clock: the old list holds days, not times.</summary>
    private static readonly TimeOnly TimeOfDay = new(9, 0);

    /// <summary>How many cases are built before they are written (still uncommitted) and let go of; smaller in tests, to cross batches.</summary>
    internal int SaveEvery { get; init; } = 1000;

    public async Task<ImportCheckResult> DryRunAsync(ImportTable table, ImportMapping mapping, CurrentStaff by, CancellationToken cancellationToken = default)
    {
        by.Require(StaffRole.ComplaintsAdmin, "import cases");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return ImportChecker.Check(table, mapping, await ImportChoices.LoadAsync(db, cancellationToken), UkTime.Today(clock));
    }

    /// <param name="progress">Told how many rows have been made into cases so far, for a progress bar.</param>
    public async Task<ImportResult> ImportAsync(ImportTable table, ImportMapping mapping, CurrentStaff by, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        by.Require(StaffRole.ComplaintsAdmin, "import cases");
        var calendar = await calendars.GetAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await StaffSessions.RequireLiveAsync(db, by, clock, cancellationToken);
        var choices = await ImportChoices.LoadAsync(db, cancellationToken);
        var check = ImportChecker.Check(table, mapping, choices, UkTime.Today(clock));
        if (!check.CanImport) return new ImportResult(0, 0, check.Problems);

        var column = mapping.Columns.ToDictionary(c => c.Key, c => table.IndexOf(c.Value));
        string Value(ImportRow row, ImportField field) => column.TryGetValue(field, out var i) ? row.Cell(i).Trim() : "";

        var now = clock.GetUtcNow().UtcDateTime;
        // Who answered a stage in the old system is not known, and it was not the importer: so no staff member is
        // recorded as the responder (the timeline still names the importer), and "someone else answers Stage 2" compares no one.
        var answerer = new Actor(Guid.Empty, by.Name);
        var done = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var procedures = new Dictionary<int, Procedure>();
        var counters = new Dictionary<int, ReferenceCounter>();
        var problems = new List<ImportRowProblem>();
        int imported = 0, saved = 0, skipped = 0;

        // PostgreSQL retries a transaction that failed for a passing reason, which it allows only through its
        // execution strategy: so the whole import is one attempt, and a retried attempt starts again from nothing.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(AttemptAsync, cancellationToken);

        async Task<ImportResult> AttemptAsync(CancellationToken ct)
        {
            db.ChangeTracker.Clear();
            (counters, problems, imported, saved, skipped) = ([], [], 0, 0, 0);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            done = (await db.Complaints.AsNoTracking().Where(c => c.ImportedReference != null).Select(c => c.ImportedReference!).ToListAsync(ct))
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            procedures = await db.Procedures.Include(p => p.Stages).ToDictionaryAsync(p => p.Id, ct);
            foreach (var row in table.Rows)
            {
                ct.ThrowIfCancellationRequested();
                var theirs = Value(row, ImportField.Reference);
                if (done.Contains(theirs))
                {
                    skipped++;
                    continue;
                }
                try
                {
                    var complaint = await MakeAsync(row, theirs);
                    db.Complaints.Add(complaint);
                    imported++;
                }
                catch (DomainException refused)
                {
                    // The aggregate's own rules (e.g. no informal resolution under the housing procedure) are the last check.
                    problems.Add(new ImportRowProblem(row.Number, "", refused.Message));
                }
                if (imported - saved == SaveEvery && problems.Count == 0) await SaveBatchAsync();
                progress?.Report(imported + skipped);
            }
            // Nothing is committed until every row is in: a refused row, an error or a cancellation rolls the batches back.
            if (problems.Count > 0) return new ImportResult(0, 0, problems);

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return new ImportResult(imported, skipped, []);
        }

        // Saved in batches inside the one transaction, and forgotten once saved: tracking every case of a large file
        // until the end cost twice the time and a gigabyte of memory at 20,000 rows (docs/benchmarks.md).
        async Task SaveBatchAsync()
        {
            await db.SaveChangesAsync(cancellationToken);
            saved = imported;
            db.ChangeTracker.Clear();
            // The procedures and reference counters outlive the batch: the next cases point at them, and must not add them again.
            db.AttachRange(procedures.Values);
            db.AttachRange(counters.Values);
        }

        async Task<Complaint> MakeAsync(ImportRow row, string theirs)
        {
            var area = choices.Area(Translate(mapping.ServiceAreas, Value(row, ImportField.ServiceArea)))!;
            var procedure = procedures[area.ProcedureId];
            var received = Date(row, ImportField.ReceivedDate)!.Value;
            var channel = Choice<Channel>(mapping.Channels, Value(row, ImportField.Channel)) ?? Channel.Letter;
            var subject = Value(row, ImportField.Subject);
            var category = Value(row, ImportField.Category);
            var details = new Complaint.LogDetails(await NextReferenceAsync(received.Year), ContactClassification.Complaint, At(received),
                channel, area.Id, subject.Length == 0 ? null : area.Subject(subject), category.Length == 0 ? null : choices.Category(category),
                Complainant(row), Value(row, ImportField.Description), null, null);
            var complaint = Complaint.Log(details, procedure, by.Actor, At(received), calendar);

            // The old list does not say when the case was allocated: taken as on receipt, so every stage counts as allocated.
            if (Value(row, ImportField.Officer) is { Length: > 0 } officerText && choices.Staff(officerText) is [var officer])
                complaint.Allocate(officer.Id, officer.DisplayName, by.Actor, At(received));

            var acknowledged = Date(row, ImportField.Acknowledged);
            var responded = Date(row, ImportField.Responded);
            var escalated = Date(row, ImportField.Escalated);
            var closed = Date(row, ImportField.Closed);
            if (acknowledged is not null || responded is not null)
                complaint.Acknowledge(by.Actor, At(acknowledged ?? responded!.Value), calendar);
            if (responded is { } answered)
            {
                complaint.RecordResponse(Response(row, ImportField.Outcome), answerer, At(answered), calendar);
                // Escalated outside the window is still escalated: the old list accepted it, and the reason is where it came from.
                if (escalated is { } up)
                {
                    complaint.Escalate($"accepted late in the old list ({table.FileName}, row {row.Number}).", by.Actor, At(up), calendar);
                    if (Date(row, ImportField.Stage2Responded) is { } answeredAgain)
                    {
                        // The old list does not say when Stage 2 was acknowledged: taken as the day it opened, so its
                        // response clock runs from escalation and a late Stage 2 answer counts as late.
                        complaint.Acknowledge(by.Actor, At(up), calendar);
                        complaint.RecordResponse(Response(row, ImportField.Stage2Outcome), answerer, At(answeredAgain), calendar);
                        if (closed is { } end) complaint.Close(by.Actor, At(end));
                    }
                }
                else if (closed is { } end) complaint.Close(by.Actor, At(end));
            }
            complaint.RecordImport(theirs, table.FileName, row.Number, by.Actor, now);
            return complaint;
        }

        StageResponse Response(ImportRow row, ImportField outcomeField)
        {
            var outcome = Choice<Outcome>(mapping.Outcomes, Value(row, outcomeField))
                ?? throw new DomainException($"A case that was responded to needs its {ImportChecker.Label(outcomeField).ToLowerInvariant()}.");
            // The row's one root cause and lesson belong to its upheld responses; on a row with none upheld they stay on
            // the Stage 1 response, as before Stage 2 was imported, rather than being dropped.
            var keeps = outcome.NeedsRootCauseAndLesson() || (outcomeField == ImportField.Outcome && !(Date(row, ImportField.Stage2Responded) is not null
                && Choice<Outcome>(mapping.Outcomes, Value(row, ImportField.Stage2Outcome)) is { } second && second.NeedsRootCauseAndLesson()));
            return keeps
                ? new StageResponse(outcome, RootCause: NullIfEmpty(Value(row, ImportField.RootCause)), LessonLearnt: NullIfEmpty(Value(row, ImportField.LessonLearnt)))
                : new StageResponse(outcome);
        }

        Complainant? Complainant(ImportRow row)
        {
            var name = Value(row, ImportField.ComplainantName);
            if (name.Length == 0) return null;
            // As the logging form has it: the surname is what searches find, so the last word is the surname.
            var split = name.LastIndexOf(' ');
            return new Complainant(split < 0 ? "" : name[..split].Trim(), name[(split + 1)..])
            {
                Phone = NullIfEmpty(Value(row, ImportField.ComplainantPhone)),
                Email = NullIfEmpty(Value(row, ImportField.ComplainantEmail)),
                Postcode = NullIfEmpty(Value(row, ImportField.ComplainantPostcode)),
            };
        }

        DateOnly? Date(ImportRow row, ImportField field) =>
            ImportChecker.TryParseDate(Value(row, field), out var date) ? date : null;

        async Task<string> NextReferenceAsync(int year)
        {
            if (!counters.TryGetValue(year, out var counter))
            {
                var prefix = ReferenceCounter.PrefixFor(ContactClassification.Complaint);
                counter = await db.ReferenceCounters.SingleOrDefaultAsync(c => c.Prefix == prefix && c.Year == year, cancellationToken);
                if (counter is null) db.ReferenceCounters.Add(counter = new ReferenceCounter(prefix, year));
                counters[year] = counter;
            }
            return counter.Next();
        }
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static DateTime At(DateOnly date) => UkTime.ToUtc(date.ToDateTime(TimeOfDay));

    private static string Translate(IReadOnlyDictionary<string, string>? map, string value) => ImportMapping.Translate(map, value) ?? value;

    private static T? Choice<T>(IReadOnlyDictionary<string, string>? map, string value) where T : struct, Enum =>
        value.Length > 0 && ImportChecker.TryParseChoice<T>(Translate(map, value), out var choice) ? choice : null;

}
