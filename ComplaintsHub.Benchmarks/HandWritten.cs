using System.Data.Common;
using System.Globalization;
using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Reports;

namespace ComplaintsHub.Benchmarks;

/// <summary>
/// The lower bound: one hand-written SQL statement for the headline figures (stages received, responses and how
/// many were within timescale per stage, open and overdue at the period end, Ombudsman decisions), no ORM, in each
/// provider's own dialect. Two are timed: the best that can be written against the schema (the monthly counts for what
/// they hold, two narrow index ranges for what was open on the day), which is the lower bound the target is judged
/// against; and the plain statement over the stages alone that earlier versions of this program used, kept for comparison.
/// </summary>
internal static class HandWritten
{
    public sealed record Headline(int Stage1Received, int Stage2Received, int Stage1Responses, int Stage1Within, int Stage2Responses, int Stage2Within, int Open, int Overdue, int OmbudsmanDecisions);

    private const string SqliteBest = """
        WITH m AS (
          SELECT
            SUM(CASE WHEN Measure = 'Opened' AND StageNumber = 1 THEN Stages END) AS r1,
            SUM(CASE WHEN Measure = 'Opened' AND StageNumber = 2 THEN Stages END) AS r2,
            SUM(CASE WHEN Measure = 'Responded' AND StageNumber = 1 THEN Stages END) AS s1,
            SUM(CASE WHEN Measure = 'Responded' AND StageNumber = 1 THEN WithinTimescale END) AS s1within,
            SUM(CASE WHEN Measure = 'Responded' AND StageNumber = 2 THEN Stages END) AS s2,
            SUM(CASE WHEN Measure = 'Responded' AND StageNumber = 2 THEN WithinTimescale END) AS s2within
          FROM StageMonthlyCounts WHERE Month BETWEEN @start AND @end),
        o AS (
          SELECT COUNT(*) AS open,
                 SUM(CASE WHEN AcknowledgedAt IS NULL OR AcknowledgedAt >= @asAtEnd THEN AcknowledgementDue < @asAt ELSE ResponseDue < @asAt END) AS overdue
          FROM (SELECT OpenedOn, WithdrawnOn, AcknowledgedAt, AcknowledgementDue, ResponseDue FROM ComplaintStages WHERE ResponseSentOn IS NULL
                UNION ALL
                SELECT OpenedOn, WithdrawnOn, AcknowledgedAt, AcknowledgementDue, ResponseDue FROM ComplaintStages WHERE ResponseSentOn > @asAt)
          WHERE OpenedOn <= @asAt AND (WithdrawnOn IS NULL OR WithdrawnOn > @asAt))
        SELECT m.r1, m.r2, m.s1, m.s1within, m.s2, m.s2within, o.open, o.overdue,
          (SELECT COUNT(*) FROM OmbudsmanEnquiries WHERE DecidedOn BETWEEN @start AND @end)
        FROM m, o
        """;

    private const string PostgresBest = """
        WITH m AS (
          SELECT
            SUM("Stages") FILTER (WHERE "Measure" = 'Opened' AND "StageNumber" = 1) AS r1,
            SUM("Stages") FILTER (WHERE "Measure" = 'Opened' AND "StageNumber" = 2) AS r2,
            SUM("Stages") FILTER (WHERE "Measure" = 'Responded' AND "StageNumber" = 1) AS s1,
            SUM("WithinTimescale") FILTER (WHERE "Measure" = 'Responded' AND "StageNumber" = 1) AS s1within,
            SUM("Stages") FILTER (WHERE "Measure" = 'Responded' AND "StageNumber" = 2) AS s2,
            SUM("WithinTimescale") FILTER (WHERE "Measure" = 'Responded' AND "StageNumber" = 2) AS s2within
          FROM "StageMonthlyCounts" WHERE "Month" BETWEEN @start AND @end),
        o AS (
          SELECT COUNT(*) AS open,
                 COUNT(*) FILTER (WHERE CASE WHEN "AcknowledgedAt" IS NULL OR "AcknowledgedAt" >= @asAtEnd THEN "AcknowledgementDue" < @asAt ELSE "ResponseDue" < @asAt END) AS overdue
          FROM (SELECT "OpenedOn", "WithdrawnOn", "AcknowledgedAt", "AcknowledgementDue", "ResponseDue" FROM "ComplaintStages" WHERE "ResponseSentOn" IS NULL
                UNION ALL
                SELECT "OpenedOn", "WithdrawnOn", "AcknowledgedAt", "AcknowledgementDue", "ResponseDue" FROM "ComplaintStages" WHERE "ResponseSentOn" > @asAt) s
          WHERE "OpenedOn" <= @asAt AND ("WithdrawnOn" IS NULL OR "WithdrawnOn" > @asAt))
        SELECT m.r1, m.r2, m.s1, m.s1within, m.s2, m.s2within, o.open, o.overdue,
          (SELECT COUNT(*) FROM "OmbudsmanEnquiries" WHERE "DecidedOn" BETWEEN @start AND @end)
        FROM m, o
        """;

    private const string SqliteOverStages = """
        SELECT
          (SELECT COUNT(*) FROM ComplaintStages WHERE OpenedOn BETWEEN @start AND @end AND StageNumber = 1),
          (SELECT COUNT(*) FROM ComplaintStages WHERE OpenedOn BETWEEN @start AND @end AND StageNumber = 2),
          r.s1, r.s1within, r.s2, r.s2within,
          o.open, o.overdue,
          (SELECT COUNT(*) FROM OmbudsmanEnquiries WHERE DecidedOn BETWEEN @start AND @end)
        FROM
          (SELECT SUM(StageNumber = 1) AS s1, SUM(StageNumber = 1 AND WorkingDaysLate = 0) AS s1within,
                  SUM(StageNumber = 2) AS s2, SUM(StageNumber = 2 AND WorkingDaysLate = 0) AS s2within
           FROM ComplaintStages WHERE ResponseSentOn BETWEEN @start AND @end) AS r,
          (SELECT COUNT(*) AS open,
                  SUM(CASE WHEN s.AcknowledgedAt IS NULL OR s.AcknowledgedAt >= @asAtEnd THEN s.AcknowledgementDue < @asAt ELSE s.ResponseDue < @asAt END) AS overdue
           FROM ComplaintStages s
           WHERE s.OpenedOn <= @asAt AND (s.ResponseSentOn IS NULL OR s.ResponseSentOn > @asAt)
             AND (s.WithdrawnOn IS NULL OR s.WithdrawnOn > @asAt)) AS o
        """;

    private const string PostgresOverStages = """
        SELECT
          (SELECT COUNT(*) FROM "ComplaintStages" WHERE "OpenedOn" BETWEEN @start AND @end AND "StageNumber" = 1),
          (SELECT COUNT(*) FROM "ComplaintStages" WHERE "OpenedOn" BETWEEN @start AND @end AND "StageNumber" = 2),
          r.s1, r.s1within, r.s2, r.s2within,
          o.open, o.overdue,
          (SELECT COUNT(*) FROM "OmbudsmanEnquiries" WHERE "DecidedOn" BETWEEN @start AND @end)
        FROM
          (SELECT COUNT(*) FILTER (WHERE "StageNumber" = 1) AS s1, COUNT(*) FILTER (WHERE "StageNumber" = 1 AND "WorkingDaysLate" = 0) AS s1within,
                  COUNT(*) FILTER (WHERE "StageNumber" = 2) AS s2, COUNT(*) FILTER (WHERE "StageNumber" = 2 AND "WorkingDaysLate" = 0) AS s2within
           FROM "ComplaintStages" WHERE "ResponseSentOn" BETWEEN @start AND @end) AS r,
          (SELECT COUNT(*) AS open,
                  COUNT(*) FILTER (WHERE CASE WHEN s."AcknowledgedAt" IS NULL OR s."AcknowledgedAt" >= @asAtEnd THEN s."AcknowledgementDue" < @asAt ELSE s."ResponseDue" < @asAt END) AS overdue
           FROM "ComplaintStages" s
           WHERE s."OpenedOn" <= @asAt AND (s."ResponseSentOn" IS NULL OR s."ResponseSentOn" > @asAt)
             AND (s."WithdrawnOn" IS NULL OR s."WithdrawnOn" > @asAt)) AS o
        """;

    /// <summary>The lower bound.</summary>
    public static Task<Headline> HeadlineAsync(BenchmarkDatabase database, ReportPeriod period, DateOnly asAt) =>
        RunAsync(database.IsSqlite ? SqliteBest : PostgresBest, database, period, asAt);

    /// <summary>The plain statement over the stages, for comparison with earlier figures.</summary>
    public static Task<Headline> OverStagesAsync(BenchmarkDatabase database, ReportPeriod period, DateOnly asAt) =>
        RunAsync(database.IsSqlite ? SqliteOverStages : PostgresOverStages, database, period, asAt);

    private static async Task<Headline> RunAsync(string sql, BenchmarkDatabase database, ReportPeriod period, DateOnly asAt)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var asAtEnd = UkTime.ToUtc(asAt.AddDays(1).ToDateTime(TimeOnly.MinValue));
        // Each value as its provider stores it: SQLite's EF Core provider keeps dates and times as text, PostgreSQL as date and timestamptz.
        Add(command, "start", database.IsSqlite ? Text(period.Start) : period.Start);
        Add(command, "end", database.IsSqlite ? Text(period.End) : period.End);
        Add(command, "asAt", database.IsSqlite ? Text(asAt) : asAt);
        Add(command, "asAtEnd", database.IsSqlite ? asAtEnd.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : DateTime.SpecifyKind(asAtEnd, DateTimeKind.Utc));
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        int Int(int i) => reader.IsDBNull(i) ? 0 : Convert.ToInt32(reader.GetValue(i), CultureInfo.InvariantCulture);
        return new Headline(Int(0), Int(1), Int(2), Int(3), Int(4), Int(5), Int(6), Int(7), Int(8));
    }

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
