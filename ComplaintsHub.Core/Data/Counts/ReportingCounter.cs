using System.Data;
using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data.Versions;
using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace ComplaintsHub.Core.Data.Counts;

/// <summary>
/// Keeps the reporting counts (every <see cref="IReportingCount"/> table) equal to counting the stages and cases
/// themselves. Each stage or case contributes one to a few rows; a save takes away what the changed rows
/// contributed before and adds what they contribute now, in the save's own transaction. One definition of what
/// counts where serves both the saves and the full recount, so the two cannot drift apart.
/// </summary>
public static class ReportingCounter
{
    /// <summary>
    /// The definition of the counts this code keeps. Raise it with any change that leaves counts already stored wrong or
    /// incomplete (a new count table, a new key, a change in what is counted where): the next start-up counts everything
    /// again from the cases, once, and stores the new version beside the counts (<see cref="ReportingCountsVersion"/>).
    /// </summary>
    public const int CountsVersion = 1;

    /// <summary>
    /// What the pending save does to the counts. Read before saving, while the tracker still knows the original values.
    /// </summary>
    internal static CountChanges ChangesIn(ChangeTracker tracker)
    {
        var changes = new CountChanges(tracker.Context.Model);
        foreach (var entry in tracker.Entries())
        {
            if (entry.Entity is not (ComplaintStage or Complaint)) continue;
            if (entry.State is EntityState.Modified or EntityState.Deleted) Contribute(changes, entry.Entity, entry.OriginalValues, -1);
            if (entry.State is EntityState.Modified or EntityState.Added) Contribute(changes, entry.Entity, entry.CurrentValues, +1);
        }

        return changes;
    }

    /// <summary>
    /// Adds the changes to the counts. An upsert adds to the figure stored in the database rather than writing one read
    /// earlier, so two people saving at once on PostgreSQL both count: the second waits for the first's row lock and
    /// adds to what it committed. Rows are written in one order, so two saves sharing rows cannot deadlock.
    /// </summary>
    internal static async Task ApplyAsync(DbContext db, CountChanges changes, CancellationToken cancellationToken)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        foreach (var (table, rows) in changes.Rows())
        {
            foreach (var batch in rows.Chunk(200))
            {
                await db.Database.ExecuteSqlRawAsync(table.UpsertSql(sql, batch.Length), batch.SelectMany(r => r.Key.Concat(r.Amounts.Cast<object>())), cancellationToken);
            }
        }
    }

    /// <summary>The <see cref="CountsVersion"/> the stored counts were counted by; null when it was never stored.</summary>
    public static Task<int?> StoredVersionAsync(DbContext db, CancellationToken cancellationToken = default) =>
        db.Set<ReportingCountsVersion>().AsNoTracking().Select(v => (int?)v.Version).SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Throws the counts away and counts every stage and case again, then records that they were counted by this code's
    /// <see cref="CountsVersion"/>, all in one transaction: when they were counted by another version at start-up
    /// (<see cref="DatabaseInitializer"/>), and after cases have been loaded straight into the database.
    /// </summary>
    public static async Task RecountAsync(DbContext db, CancellationToken cancellationToken = default)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var tables = db.Model.GetEntityTypes().Where(e => typeof(IReportingCount).IsAssignableFrom(e.ClrType)).Select(CountTable.Of).ToList();
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
            var changes = new CountChanges(db.Model);
            await foreach (var stage in db.Set<ComplaintStage>().AsNoTracking().Select(StageFacts.Projection).AsAsyncEnumerable().WithCancellation(ct))
            {
                Count(changes, stage, +1);
            }

            await foreach (var complaint in db.Set<Complaint>().AsNoTracking().Select(CaseFacts.Projection).AsAsyncEnumerable().WithCancellation(ct))
            {
                Count(changes, complaint, +1);
            }

            foreach (var table in tables)
            {
                await db.Database.ExecuteSqlRawAsync(table.DeleteAllSql(sql), ct);
            }

            await ApplyAsync(db, changes, ct);
            await StoredVersion.ReplaceAsync(db, new ReportingCountsVersion(CountsVersion), ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
    }

    /// <summary>How a stage opened in a period stands now: within, late, withdrawn, or still awaiting its response.</summary>
    private static AnswerState StateOf(int? workingDaysLate, DateOnly? withdrawnOn) => workingDaysLate switch
    {
        0 => AnswerState.WithinTimescale,
        > 0 => AnswerState.OutsideTimescale,
        _ => withdrawnOn is not null ? AnswerState.Withdrawn : AnswerState.AwaitingResponse,
    };

    private static void Contribute(CountChanges changes, object entity, PropertyValues values, int sign)
    {
        if (entity is ComplaintStage) Count(changes, StageFacts.From(values), sign);
        else Count(changes, CaseFacts.From(values), sign);
    }

    private static void Count(CountChanges changes, StageFacts s, int sign)
    {
        var opened = MonthOf(s.OpenedOn);
        changes.Add(new StageMonthlyCount(month: opened, measure: StageMeasure.Opened, stageNumber: s.StageNumber, serviceAreaId: s.ServiceAreaId,
            procedureId: s.ProcedureId, stages: sign, withinTimescale: 0));
        changes.Add(new ReceivedAnswerCount(month: opened, stageNumber: s.StageNumber, serviceAreaId: s.ServiceAreaId, procedureId: s.ProcedureId,
            answer: StateOf(s.WorkingDaysLate, s.WithdrawnOn), stages: sign));
        changes.Add(new ReceivedSubjectCount(month: opened, stageNumber: s.StageNumber, serviceAreaId: s.ServiceAreaId, procedureId: s.ProcedureId,
            subjectId: s.SubjectId ?? 0, stages: sign));
        changes.Add(new ReceivedCategoryCount(month: opened, stageNumber: s.StageNumber, serviceAreaId: s.ServiceAreaId, procedureId: s.ProcedureId,
            categoryId: s.CategoryId ?? 0, stages: sign));
        if (s.ResponseSentOn is { } sent)
        {
            var late = s.WorkingDaysLate ?? 0;
            changes.Add(new StageMonthlyCount(month: MonthOf(sent), measure: StageMeasure.Responded, stageNumber: s.StageNumber, serviceAreaId: s.ServiceAreaId,
                procedureId: s.ProcedureId, stages: sign, withinTimescale: late == 0 ? sign : 0));
            changes.Add(new ResponseCount(month: MonthOf(sent), stageNumber: s.StageNumber, serviceAreaId: s.ServiceAreaId, procedureId: s.ProcedureId,
                outcome: s.Outcome?.ToString() ?? "", workingDaysLate: late, stages: sign, workingDaysToRespond: sign * (s.WorkingDaysToRespond ?? 0)));
        }
    }

    private static void Count(CountChanges changes, CaseFacts c, int sign)
    {
        changes.Add(new ContactCount(month: MonthOf(c.ReceivedOn), serviceAreaId: c.ServiceAreaId, procedureId: c.ProcedureId,
            classification: c.Classification, contacts: sign));
        if (c is { Classification: ContactClassification.Complaint, ClosedAt: { } closed })
        {
            changes.Add(new ClosureCount(month: MonthOf(UkTime.DateOf(closed)), serviceAreaId: c.ServiceAreaId, procedureId: c.ProcedureId,
                status: c.Status, currentStage: c.CurrentStage, hasOutcome: c.HasOutcome, complaints: sign));
        }
    }

    private static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>What a stage contributes depends on these, and only these, of its values.</summary>
    private sealed record StageFacts(int StageNumber, int ServiceAreaId, int ProcedureId, int? SubjectId, int? CategoryId, DateOnly OpenedOn,
        DateOnly? ResponseSentOn, int? WorkingDaysLate, int? WorkingDaysToRespond, Outcome? Outcome, DateOnly? WithdrawnOn)
    {
        public static readonly System.Linq.Expressions.Expression<Func<ComplaintStage, StageFacts>> Projection = s => new StageFacts(
            s.StageNumber, s.ServiceAreaId, s.ProcedureId, s.SubjectId, s.CategoryId, s.OpenedOn, s.ResponseSentOn, s.WorkingDaysLate, s.WorkingDaysToRespond, s.Outcome, s.WithdrawnOn);

        public static StageFacts From(PropertyValues v) => new(
            v.GetValue<int>(nameof(ComplaintStage.StageNumber)), v.GetValue<int>(nameof(ComplaintStage.ServiceAreaId)), v.GetValue<int>(nameof(ComplaintStage.ProcedureId)),
            v.GetValue<int?>(nameof(ComplaintStage.SubjectId)), v.GetValue<int?>(nameof(ComplaintStage.CategoryId)), v.GetValue<DateOnly>(nameof(ComplaintStage.OpenedOn)),
            v.GetValue<DateOnly?>(nameof(ComplaintStage.ResponseSentOn)), v.GetValue<int?>(nameof(ComplaintStage.WorkingDaysLate)),
            v.GetValue<int?>(nameof(ComplaintStage.WorkingDaysToRespond)), v.GetValue<Outcome?>(nameof(ComplaintStage.Outcome)), v.GetValue<DateOnly?>(nameof(ComplaintStage.WithdrawnOn)));
    }

    /// <summary>What a case contributes depends on these of its values.</summary>
    private sealed record CaseFacts(ContactClassification Classification, int ServiceAreaId, int ProcedureId, DateOnly ReceivedOn, DateTime? ClosedAt, CaseStatus Status, int CurrentStage, bool HasOutcome)
    {
        public static readonly System.Linq.Expressions.Expression<Func<Complaint, CaseFacts>> Projection = c => new CaseFacts(
            c.Classification, c.ServiceAreaId, c.ProcedureId, c.ReceivedOn, c.ClosedAt, c.Status, c.CurrentStage, c.Outcome != null);

        public static CaseFacts From(PropertyValues v) => new(
            v.GetValue<ContactClassification>(nameof(Complaint.Classification)), v.GetValue<int>(nameof(Complaint.ServiceAreaId)), v.GetValue<int>(nameof(Complaint.ProcedureId)),
            v.GetValue<DateOnly>(nameof(Complaint.ReceivedOn)), v.GetValue<DateTime?>(nameof(Complaint.ClosedAt)), v.GetValue<CaseStatus>(nameof(Complaint.Status)),
            v.GetValue<int>(nameof(Complaint.CurrentStage)), v.GetValue<Outcome?>(nameof(Complaint.Outcome)) is not null);
    }
}
