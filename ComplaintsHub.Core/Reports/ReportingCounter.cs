using System.Data;
using System.Globalization;
using System.Text;
using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ComplaintsHub.Core.Reports;

/// <summary>
/// Keeps the reporting counts (<see cref="StageMonthlyCount"/>, <see cref="ReceivedAnswerCount"/>,
/// <see cref="ReceivedSubjectCount"/>, <see cref="ReceivedCategoryCount"/>, <see cref="ResponseCount"/>,
/// <see cref="ClosureCount"/>, <see cref="ContactCount"/>) equal to counting the stages and
/// cases themselves. Each stage or case contributes one to a few rows; a save takes away what the changed rows
/// contributed before and adds what they contribute now, in the save's own transaction. One definition of what
/// counts where serves both the saves and the full recount, so the two cannot drift apart.
/// </summary>
public static class ReportingCounter
{
    private static readonly CountTable Monthly = new("StageMonthlyCounts",
        ["Month", "Measure", "StageNumber", "ServiceAreaId", "ProcedureId"], ["Stages", "WithinTimescale"]);
    private static readonly CountTable ReceivedByAnswer = new("ReceivedAnswerCounts",
        ["Month", "StageNumber", "ServiceAreaId", "ProcedureId", "Answer"], ["Stages"]);
    private static readonly CountTable ReceivedBySubject = new("ReceivedSubjectCounts",
        ["Month", "StageNumber", "ServiceAreaId", "ProcedureId", "SubjectId"], ["Stages"]);
    private static readonly CountTable ReceivedByCategory = new("ReceivedCategoryCounts",
        ["Month", "StageNumber", "ServiceAreaId", "ProcedureId", "CategoryId"], ["Stages"]);
    private static readonly CountTable Responses = new("ResponseCounts",
        ["Month", "StageNumber", "ServiceAreaId", "ProcedureId", "Outcome", "WorkingDaysLate"], ["Stages", "WorkingDaysToRespond"]);
    private static readonly CountTable Closures = new("ClosureCounts",
        ["Month", "ServiceAreaId", "ProcedureId", "Status", "CurrentStage", "HasOutcome"], ["Complaints"]);
    private static readonly CountTable Contacts = new("ContactCounts",
        ["Month", "ServiceAreaId", "ProcedureId", "Classification"], ["Contacts"]);

    /// <summary>
    /// What the pending save does to the counts. Read before saving, while the tracker still knows the original values.
    /// </summary>
    internal static CountChanges ChangesIn(ChangeTracker tracker)
    {
        var changes = new CountChanges();
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
    internal static async Task ApplyAsync(ComplaintsDbContext db, CountChanges changes, CancellationToken cancellationToken)
    {
        foreach (var (table, rows) in changes.Rows())
        {
            foreach (var batch in rows.Chunk(200))
            {
                await db.Database.ExecuteSqlRawAsync(table.UpsertSql(batch.Length), batch.SelectMany(r => r.Key.Concat(r.Amounts.Cast<object>())), cancellationToken);
            }
        }
    }

    /// <summary>
    /// Throws the counts away and counts every stage and case again: when the tables are first created
    /// (<see cref="DatabaseInitializer"/>), and after cases have been loaded straight into the database.
    /// </summary>
    public static async Task RecountAsync(ComplaintsDbContext db, CancellationToken cancellationToken = default)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
            var changes = new CountChanges();
            await foreach (var stage in db.ComplaintStages.AsNoTracking().Select(StageFacts.Projection).AsAsyncEnumerable().WithCancellation(ct))
            {
                Count(changes, stage, +1);
            }

            await foreach (var complaint in db.Complaints.AsNoTracking().Select(CaseFacts.Projection).AsAsyncEnumerable().WithCancellation(ct))
            {
                Count(changes, complaint, +1);
            }

            await db.StageMonthlyCounts.ExecuteDeleteAsync(ct);
            await db.ReceivedAnswerCounts.ExecuteDeleteAsync(ct);
            await db.ReceivedSubjectCounts.ExecuteDeleteAsync(ct);
            await db.ReceivedCategoryCounts.ExecuteDeleteAsync(ct);
            await db.ResponseCounts.ExecuteDeleteAsync(ct);
            await db.ClosureCounts.ExecuteDeleteAsync(ct);
            await db.ContactCounts.ExecuteDeleteAsync(ct);

            await ApplyAsync(db, changes, ct);
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
        changes.Add(Monthly, [opened, nameof(StageMeasure.Opened), s.StageNumber, s.ServiceAreaId, s.ProcedureId], sign, 0);
        changes.Add(ReceivedByAnswer, [opened, s.StageNumber, s.ServiceAreaId, s.ProcedureId, StateOf(s.WorkingDaysLate, s.WithdrawnOn).ToString()], sign);
        changes.Add(ReceivedBySubject, [opened, s.StageNumber, s.ServiceAreaId, s.ProcedureId, s.SubjectId ?? 0], sign);
        changes.Add(ReceivedByCategory, [opened, s.StageNumber, s.ServiceAreaId, s.ProcedureId, s.CategoryId ?? 0], sign);
        if (s.ResponseSentOn is { } sent)
        {
            var late = s.WorkingDaysLate ?? 0;
            changes.Add(Monthly, [MonthOf(sent), nameof(StageMeasure.Responded), s.StageNumber, s.ServiceAreaId, s.ProcedureId], sign, late == 0 ? sign : 0);
            changes.Add(Responses, [MonthOf(sent), s.StageNumber, s.ServiceAreaId, s.ProcedureId, s.Outcome?.ToString() ?? "", late], sign, sign * (s.WorkingDaysToRespond ?? 0));
        }
    }

    private static void Count(CountChanges changes, CaseFacts c, int sign)
    {
        changes.Add(Contacts, [MonthOf(c.ReceivedOn), c.ServiceAreaId, c.ProcedureId, c.Classification.ToString()], sign);
        if (c is { Classification: ContactClassification.Complaint, ClosedAt: { } closed })
        {
            changes.Add(Closures, [MonthOf(UkTime.DateOf(closed)), c.ServiceAreaId, c.ProcedureId, c.Status.ToString(), c.CurrentStage, c.HasOutcome], sign);
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

/// <summary>A table of counts: the columns that identify a row, and the columns added to.</summary>
internal sealed class CountTable(string name, string[] keys, string[] amounts)
{
    public string Name => name;

    /// <summary>An insert of <paramref name="rows"/> rows that adds to any row already there.</summary>
    public string UpsertSql(int rows)
    {
        var columns = keys.Concat(amounts).ToArray();
        var sql = new StringBuilder($"INSERT INTO \"{name}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ");
        for (var row = 0; row < rows; row++)
        {
            if (row > 0) sql.Append(", ");
            sql.Append('(').AppendJoin(", ", columns.Select((_, i) => $"{{{row * columns.Length + i}}}")).Append(')');
        }

        sql.Append($" ON CONFLICT ({string.Join(", ", keys.Select(k => $"\"{k}\""))}) DO UPDATE SET ");
        sql.AppendJoin(", ", amounts.Select(a => $"\"{a}\" = \"{name}\".\"{a}\" + excluded.\"{a}\""));
        return sql.ToString();
    }
}

/// <summary>Amounts to add, per table and row; rows that come to nought are left out.</summary>
internal sealed class CountChanges
{
    private readonly Dictionary<(CountTable Table, string Row), (object[] Key, int[] Amounts)> _rows = [];

    public bool IsEmpty => _rows.Values.All(r => r.Amounts.All(a => a == 0));

    public void Add(CountTable table, object[] key, params int[] amounts)
    {
        var row = string.Join("\u001f", key.Select(k => Convert.ToString(k, CultureInfo.InvariantCulture)));
        if (!_rows.TryGetValue((table, row), out var existing))
        {
            _rows[(table, row)] = (key, amounts.ToArray());
            return;
        }

        for (var i = 0; i < amounts.Length; i++) existing.Amounts[i] += amounts[i];
    }

    /// <summary>Per table, in a fixed order of tables and of rows within each.</summary>
    public IEnumerable<(CountTable Table, IReadOnlyList<(object[] Key, int[] Amounts)> Rows)> Rows() =>
        _rows.Where(r => r.Value.Amounts.Any(a => a != 0))
            .GroupBy(r => r.Key.Table)
            .OrderBy(g => g.Key.Name, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<(object[], int[])>)g.OrderBy(r => r.Key.Row, StringComparer.Ordinal).Select(r => r.Value).ToList()));
}
