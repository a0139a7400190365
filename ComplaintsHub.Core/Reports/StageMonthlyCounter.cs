using System.Data;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ComplaintsHub.Core.Reports;

/// <summary>What a save does to the monthly counts, sorted so that two saves lock shared rows in the same order.</summary>
internal sealed record StageCountChanges(
    IReadOnlyList<KeyValuePair<StageCountKey, (int Stages, int Within)>> Monthly,
    IReadOnlyList<KeyValuePair<ReceivedCountKey, int>> Received)
{
    public bool IsEmpty => Monthly.Count == 0 && Received.Count == 0;
}

/// <summary>Keeps <see cref="StageMonthlyCount"/> and <see cref="ReceivedStageCount"/> rows equal to counting the stages themselves.</summary>
public static class StageMonthlyCounter
{
    /// <summary>
    /// What the pending save does to the counts: each stage added, changed or removed takes its old contribution
    /// away and adds its new one. Read before saving, while the tracker still knows the original values.
    /// </summary>
    internal static StageCountChanges ChangesIn(ChangeTracker tracker)
    {
        var monthly = new Dictionary<StageCountKey, (int Stages, int Within)>();
        var received = new Dictionary<ReceivedCountKey, int>();
        foreach (var entry in tracker.Entries<ComplaintStage>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted) Count(entry.OriginalValues, -1);
            if (entry.State is EntityState.Modified or EntityState.Added) Count(entry.CurrentValues, +1);
        }

        return new StageCountChanges(
            [.. monthly.Where(c => c.Value != (0, 0)).OrderBy(c => c.Key.SortKey)],
            [.. received.Where(c => c.Value != 0).OrderBy(c => c.Key.SortKey)]);

        void Count(PropertyValues stage, int sign)
        {
            var stageNumber = stage.GetValue<int>(nameof(ComplaintStage.StageNumber));
            var area = stage.GetValue<int>(nameof(ComplaintStage.ServiceAreaId));
            var procedure = stage.GetValue<int>(nameof(ComplaintStage.ProcedureId));
            var opened = stage.GetValue<DateOnly>(nameof(ComplaintStage.OpenedOn));
            var late = stage.GetValue<int?>(nameof(ComplaintStage.WorkingDaysLate));
            AddMonthly(StageCountKey.For(opened, StageMeasure.Opened, stageNumber, area, procedure), 0);
            if (stage.GetValue<DateOnly?>(nameof(ComplaintStage.ResponseSentOn)) is { } sent)
            {
                AddMonthly(StageCountKey.For(sent, StageMeasure.Responded, stageNumber, area, procedure), late == 0 ? 1 : 0);
            }

            var receivedKey = new ReceivedCountKey(new DateOnly(opened.Year, opened.Month, 1), stageNumber, area, procedure,
                stage.GetValue<int?>(nameof(ComplaintStage.SubjectId)) ?? ReceivedStageCount.NoneRecorded,
                stage.GetValue<int?>(nameof(ComplaintStage.CategoryId)) ?? ReceivedStageCount.NoneRecorded,
                ReceivedCountKey.StateOf(late, stage.GetValue<DateOnly?>(nameof(ComplaintStage.WithdrawnOn))));
            received[receivedKey] = received.GetValueOrDefault(receivedKey) + sign;

            void AddMonthly(StageCountKey key, int within)
            {
                var (stages, withinSoFar) = monthly.GetValueOrDefault(key);
                monthly[key] = (stages + sign, withinSoFar + sign * within);
            }
        }
    }

    /// <summary>
    /// Adds the changes to the counts in the save's transaction. An upsert adds to the stored figure in the database
    /// rather than writing a figure read earlier, so two people saving at once on PostgreSQL both count: the second
    /// waits for the first's row lock and adds to what it committed.
    /// </summary>
    internal static async Task ApplyAsync(ComplaintsDbContext db, StageCountChanges changes, CancellationToken cancellationToken)
    {
        foreach (var (key, (stages, within)) in changes.Monthly)
        {
            var measure = key.Measure.ToString();
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "StageMonthlyCounts" ("Month", "Measure", "StageNumber", "ServiceAreaId", "ProcedureId", "Stages", "WithinTimescale")
                VALUES ({key.Month}, {measure}, {key.StageNumber}, {key.ServiceAreaId}, {key.ProcedureId}, {stages}, {within})
                ON CONFLICT ("Month", "Measure", "StageNumber", "ServiceAreaId", "ProcedureId") DO UPDATE SET
                    "Stages" = "StageMonthlyCounts"."Stages" + excluded."Stages",
                    "WithinTimescale" = "StageMonthlyCounts"."WithinTimescale" + excluded."WithinTimescale"
                """, cancellationToken);
        }

        foreach (var (key, stages) in changes.Received)
        {
            var answer = key.Answer.ToString();
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "ReceivedStageCounts" ("Month", "StageNumber", "ServiceAreaId", "ProcedureId", "SubjectId", "CategoryId", "Answer", "Stages")
                VALUES ({key.Month}, {key.StageNumber}, {key.ServiceAreaId}, {key.ProcedureId}, {key.SubjectId}, {key.CategoryId}, {answer}, {stages})
                ON CONFLICT ("Month", "StageNumber", "ServiceAreaId", "ProcedureId", "SubjectId", "CategoryId", "Answer") DO UPDATE SET
                    "Stages" = "ReceivedStageCounts"."Stages" + excluded."Stages"
                """, cancellationToken);
        }
    }

    /// <summary>
    /// Throws the counts away and counts the stages again. Only needed after stages have been written outside the
    /// application (a bulk load straight into the database); every save through the application keeps them exact.
    /// </summary>
    public static async Task RecountAsync(ComplaintsDbContext db, CancellationToken cancellationToken = default)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
            var stages = db.ComplaintStages.AsNoTracking();
            var opened = await stages
                .GroupBy(s => new
                {
                    s.OpenedOn.Year, s.OpenedOn.Month, s.StageNumber, s.ServiceAreaId, s.ProcedureId, s.SubjectId, s.CategoryId,
                    // 0 within, 1 late, 2 awaiting, 3 withdrawn, as ReceivedCountKey.StateOf
                    Answer = s.WorkingDaysLate == 0 ? 0 : s.WorkingDaysLate > 0 ? 1 : s.WithdrawnOn != null ? 3 : 2,
                })
                .Select(g => new { g.Key, Count = g.Count() })
                .ToListAsync(ct);
            var responded = await stages
                .Where(s => s.ResponseSentOn != null)
                .GroupBy(s => new { s.ResponseSentOn!.Value.Year, s.ResponseSentOn!.Value.Month, s.StageNumber, s.ServiceAreaId, s.ProcedureId })
                .Select(g => new { g.Key, Count = g.Count(), Within = g.Count(s => s.WorkingDaysLate == 0) })
                .ToListAsync(ct);

            await db.StageMonthlyCounts.ExecuteDeleteAsync(ct);
            await db.ReceivedStageCounts.ExecuteDeleteAsync(ct);
            db.StageMonthlyCounts.AddRange(opened
                .GroupBy(o => StageCountKey.For(new DateOnly(o.Key.Year, o.Key.Month, 1), StageMeasure.Opened, o.Key.StageNumber, o.Key.ServiceAreaId, o.Key.ProcedureId))
                .Select(g => new StageMonthlyCount(g.Key, g.Sum(o => o.Count), 0)));
            db.StageMonthlyCounts.AddRange(responded.Select(r => new StageMonthlyCount(
                StageCountKey.For(new DateOnly(r.Key.Year, r.Key.Month, 1), StageMeasure.Responded, r.Key.StageNumber, r.Key.ServiceAreaId, r.Key.ProcedureId), r.Count, r.Within)));
            db.ReceivedStageCounts.AddRange(opened.Select(o => new ReceivedStageCount(
                new ReceivedCountKey(new DateOnly(o.Key.Year, o.Key.Month, 1), o.Key.StageNumber, o.Key.ServiceAreaId, o.Key.ProcedureId,
                    o.Key.SubjectId ?? ReceivedStageCount.NoneRecorded, o.Key.CategoryId ?? ReceivedStageCount.NoneRecorded, (AnswerState)o.Key.Answer), o.Count)));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
    }
}
