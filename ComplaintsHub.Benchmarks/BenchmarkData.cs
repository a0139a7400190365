using System.Globalization;
using ComplaintsHub.Core.Calendar;
using Microsoft.Data.Sqlite;

namespace ComplaintsHub.Benchmarks;

/// <summary>
/// Writes <c>count</c> complaints (with their stages and a few Ombudsman enquiries) straight into a migrated SQLite
/// file, spread over five years up to "now". Raw inserts, not the aggregate: the point is the reads, and a million
/// cases through EF would take longer than the measurements. The shapes follow the demo data: about 18% of
/// responses late, 15% escalated, 3% withdrawn, 8% never allocated.
/// </summary>
internal sealed class BenchmarkData(WorkingDayCalendar calendar, DateOnly today, Random random)
{
    private const string DateFormat = "yyyy-MM-dd";
    private const string TimeFormat = "yyyy-MM-dd HH:mm:ss";
    private static readonly string[] Outcomes = ["Upheld", "PartlyUpheld", "NotUpheld"];

    public sealed record Area(int Id, int ProcedureId, int[] SubjectIds);

    public async Task<(int Complaints, int Stages, int Enquiries)> InsertAsync(SqliteConnection connection, int count, IReadOnlyList<Area> areas, int[] categoryIds, string[] officers, string loggedBy)
    {
        var first = today.AddYears(-5);
        var workingDays = new List<DateOnly>();
        for (var d = first; d <= today; d = d.AddDays(1)) if (calendar.IsWorkingDay(d)) workingDays.Add(d);
        var days = Enumerable.Range(0, count).Select(_ => workingDays[random.Next(workingDays.Count)]).Order().ToList();

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        // A complaint's row is written after its stages (its status depends on them): keys are checked at commit.
        await using (var defer = connection.CreateCommand())
        {
            defer.Transaction = transaction;
            defer.CommandText = "PRAGMA defer_foreign_keys = ON;";
            await defer.ExecuteNonQueryAsync();
        }

        var complaint = Command(connection, transaction, "Complaints",
            ["Id", "Reference", "Classification", "ReceivedAt", "ReceivedOn", "Channel", "ProcedureId", "ServiceAreaId", "SubjectId", "CategoryId", "Description",
             "PartnerStatus", "AllocatedOfficerId", "LoggedById", "CurrentStage", "Status", "Outcome", "ClosedAt", "NextDueDate", "NextDueKind", "CreatedAt", "UpdatedAt", "UpdatedByName", "Version"]);
        var stage = Command(connection, transaction, "ComplaintStages",
            ["ComplaintId", "StageNumber", "ServiceAreaId", "ProcedureId", "SubjectId", "CategoryId", "WithdrawnOn", "OpenedAt", "OpenedOn", "AcknowledgementDue", "AcknowledgedAt", "ResponseDue", "OriginalResponseDue", "ExtendedByWorkingDays",
             "ResponseSentAt", "ResponseSentOn", "WorkingDaysToRespond", "WorkingDaysLate", "Outcome"]);
        var enquiry = Command(connection, transaction, "OmbudsmanEnquiries",
            ["ComplaintId", "Body", "ReceivedOn", "Decision", "DecidedOn", "RemedyRecommended", "ComplianceDue", "CompliedOn", "Version"]);
        var (stages, enquiries) = (0, 0);
        var perYear = new Dictionary<int, int>();

        for (var i = 0; i < count; i++)
        {
            var id = i + 1;
            var receivedOn = days[i];
            var number = perYear[receivedOn.Year] = perYear.GetValueOrDefault(receivedOn.Year) + 1;
            var area = areas[random.Next(areas.Count)];
            var keys = new Keys(area.Id, area.ProcedureId, area.SubjectIds[random.Next(area.SubjectIds.Length)], random.NextDouble() < 0.95 ? categoryIds[random.Next(categoryIds.Length)] : null);
            var status = "Received";
            string? outcome = null;
            DateOnly? closedOn = null;
            DateOnly? nextDue = null;
            string? nextDueKind = null;
            var currentStage = 1;
            var opened = receivedOn;

            for (var stageNumber = 1; stageNumber <= 2; stageNumber++)
            {
                currentStage = stageNumber;
                var result = PlayStage(stage, id, stageNumber, keys, opened, stageNumber == 1 ? 10 : 20);
                stages++;
                (status, outcome, nextDue, nextDueKind) = result.State;
                if (result.WithdrawnOn is { } withdrawnOn) closedOn = withdrawnOn;
                if (result.SentOn is not { } sent) break;
                if (stageNumber == 2 || random.NextDouble() >= 0.15 || sent.AddDays(14) > today)
                {
                    status = "Closed";
                    closedOn = calendar.AddWorkingDays(sent, 2) is var c && c <= today ? c : null;
                    if (closedOn is null) status = "Responded";
                    break;
                }

                opened = sent.AddDays(random.Next(3, 20));
                if (!calendar.IsWorkingDay(opened)) opened = calendar.AddWorkingDays(opened, 1);
                if (opened > today) break;
            }

            if (currentStage == 2 && status == "Closed" && random.NextDouble() < 0.1 && closedOn!.Value.AddDays(200) < today)
            {
                var decided = closedOn.Value.AddDays(random.Next(60, 180));
                var fault = random.NextDouble() < 0.5;
                var due = calendar.AddWorkingDays(decided, 20);
                Set(enquiry, id, "Local Government and Social Care Ombudsman", D(closedOn.Value.AddDays(30)), fault ? "FaultAndInjustice" : "NoFault", D(decided),
                    fault ? "Apologise and pay £150." : null, fault ? D(due) : null, fault ? D(random.NextDouble() < 0.8 ? due.AddDays(-3) : due.AddDays(5)) : null,
                    Guid.NewGuid().ToString().ToUpperInvariant());
                await enquiry.ExecuteNonQueryAsync();
                enquiries++;
            }

            var receivedAt = T(receivedOn, 9 + random.Next(0, 8));
            Set(complaint, id, $"CMP-{receivedOn.Year}-{number:00000}", "Complaint", receivedAt, D(receivedOn), "Phone", area.ProcedureId, area.Id,
                keys.SubjectId, keys.CategoryId,
                "Benchmark case.", "NotApplicable", random.NextDouble() < 0.92 ? officers[random.Next(officers.Length)] : null, loggedBy, currentStage, status, outcome,
                closedOn is { } closed ? T(closed, 15) : null, nextDue is { } n ? D(n) : null, nextDueKind, receivedAt, receivedAt, "Benchmark", Guid.NewGuid().ToString().ToUpperInvariant());
            await complaint.ExecuteNonQueryAsync();
        }

        // The case's officer is chosen after its stages are written, so the stages learn it here, as the migration that
        // added the column taught existing stages.
        await using (var allocated = connection.CreateCommand())
        {
            allocated.Transaction = transaction;
            allocated.CommandText = """
                UPDATE "ComplaintStages" SET "OfficerAllocated" = TRUE
                WHERE "ComplaintId" IN (SELECT "Id" FROM "Complaints" WHERE "AllocatedOfficerId" IS NOT NULL);
                """;
            await allocated.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        return (count, stages, enquiries);
    }

    private sealed record StageResult(DateOnly? SentOn, (string Status, string? Outcome, DateOnly? NextDue, string? NextDueKind) State, DateOnly? WithdrawnOn);

    private sealed record Keys(int ServiceAreaId, int ProcedureId, int SubjectId, int? CategoryId);

    private StageResult PlayStage(SqliteCommand command, int complaintId, int stageNumber, Keys keys, DateOnly openedOn, int responseDays)
    {
        var ackDue = calendar.AddWorkingDays(openedOn, 5);
        var ackOn = calendar.AddWorkingDays(openedOn, random.NextDouble() < 0.12 ? random.Next(6, 9) : random.Next(1, 6));
        var acknowledged = ackOn <= today;
        var originalDue = acknowledged ? calendar.AddWorkingDays(ackOn, responseDays) : (DateOnly?)null;
        var extension = acknowledged && random.NextDouble() < 0.12 ? random.Next(5, 11) : 0;
        var due = originalDue is { } o ? calendar.AddWorkingDays(o, extension) : (DateOnly?)null;
        var withdrawn = stageNumber == 1 && random.NextDouble() < 0.03;
        DateOnly? sentOn = null;
        if (due is { } d && !withdrawn)
        {
            var candidate = random.NextDouble() < 0.18 ? calendar.AddWorkingDays(d, random.Next(1, 12)) : calendar.AddWorkingDays(ackOn, random.Next(3, Math.Max(4, calendar.WorkingDaysBetween(ackOn, d))));
            if (candidate <= today) sentOn = candidate;
        }

        var outcome = sentOn is null ? null : Outcomes[random.Next(Outcomes.Length)];
        var toRespond = sentOn is { } s ? calendar.WorkingDaysBetween(ackOn, s) : (int?)null;
        var late = sentOn is { } sent ? Math.Max(0, calendar.WorkingDaysBetween(due!.Value, sent)) : (int?)null;
        DateOnly? withdrawnOn = withdrawn ? (ackOn.AddDays(3) <= today ? ackOn.AddDays(3) : today) : null;
        Set(command, complaintId, stageNumber, keys.ServiceAreaId, keys.ProcedureId, keys.SubjectId, keys.CategoryId, withdrawnOn is { } w ? D(w) : null, T(openedOn, 10), D(openedOn), D(ackDue), acknowledged ? T(ackOn, 11) : null, due is { } rd ? D(rd) : null,
            originalDue is { } od ? D(od) : null, extension, sentOn is { } st ? T(st, 14) : null, sentOn is { } sd ? D(sd) : null, toRespond, late, outcome);
        command.ExecuteNonQuery();
        (string Status, string? Outcome, DateOnly? NextDue, string? NextDueKind) state = withdrawn ? ("Withdrawn", "Withdrawn", null, null)
            : sentOn is not null ? ("Responded", outcome, null, null)
            : acknowledged ? ("Acknowledged", null, due, "Response")
            : ("Received", null, ackDue, "Acknowledgement");
        return new StageResult(sentOn, state, withdrawnOn);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string table, string[] columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        for (var i = 0; i < columns.Length; i++) command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        command.Prepare();
        return command;
    }

    private static void Set(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }

    private static string D(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static string T(DateOnly date, int hour) => UkTime.ToUtc(date.ToDateTime(new TimeOnly(hour, 0))).ToString(TimeFormat, CultureInfo.InvariantCulture);
}
