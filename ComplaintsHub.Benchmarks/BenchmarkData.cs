using ComplaintsHub.Core.Calendar;

namespace ComplaintsHub.Benchmarks;

/// <summary>
/// Writes <c>count</c> complaints (with their stages and a few Ombudsman enquiries) straight into a migrated database,
/// spread over five years up to "now"; with <see cref="CaseStories"/>, also their complainants' links, text, notes, calls
/// and risk flags (the search benchmark). Raw inserts, not the aggregate: the point is the reads, and a million
/// cases through EF would take longer than the measurements. The shapes follow the demo data: about 18% of
/// responses late, 15% escalated, 3% withdrawn, 8% never allocated.
/// </summary>
internal sealed class BenchmarkData(WorkingDayCalendar calendar, DateOnly today, Random random)
{
    private static readonly string[] Outcomes = ["Upheld", "PartlyUpheld", "NotUpheld"];

    public sealed record Area(int Id, int ProcedureId, int[] SubjectIds);

    public async Task<(int Complaints, int Stages, int Enquiries)> InsertAsync(IBulkWriter writer, int count, IReadOnlyList<Area> areas, int[] categoryIds, Guid[] officers, Guid loggedBy,
        CaseStories? stories = null)
    {
        var first = today.AddYears(-5);
        var workingDays = new List<DateOnly>();
        for (var d = first; d <= today; d = d.AddDays(1)) if (calendar.IsWorkingDay(d)) workingDays.Add(d);
        var days = Enumerable.Range(0, count).Select(_ => workingDays[random.Next(workingDays.Count)]).Order().ToList();

        var batch = new Batch();
        var (stages, enquiries) = (0, 0);
        var perYear = new Dictionary<int, int>();

        for (var i = 0; i < count; i++)
        {
            var id = i + 1;
            var receivedOn = days[i];
            var number = perYear[receivedOn.Year] = perYear.GetValueOrDefault(receivedOn.Year) + 1;
            var area = areas[random.Next(areas.Count)];
            var keys = new Keys(area.Id, area.ProcedureId, area.SubjectIds[random.Next(area.SubjectIds.Length)], random.NextDouble() < 0.95 ? categoryIds[random.Next(categoryIds.Length)] : null);
            // The story is drawn from its own random numbers, so the cases' dates and stages are those of the KPI data.
            var story = stories?.Next(keys.ServiceAreaId, keys.SubjectId);
            if (story?.Area is { } storyArea) keys = keys with { ServiceAreaId = storyArea.Id, ProcedureId = storyArea.ProcedureId, SubjectId = story.SubjectId };
            var status = "Received";
            string? outcome = null;
            DateOnly? closedOn = null;
            DateOnly? nextDue = null;
            string? nextDueKind = null;
            var currentStage = 1;
            var opened = receivedOn;
            var firstStageRow = batch.Stages.Count;

            for (var stageNumber = 1; stageNumber <= 2; stageNumber++)
            {
                currentStage = stageNumber;
                var result = PlayStage(batch.Stages, id, stageNumber, keys, opened, stageNumber == 1 ? 10 : 20);
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
                batch.Enquiries.Add([id, "Local Government and Social Care Ombudsman", closedOn.Value.AddDays(30), fault ? "FaultAndInjustice" : "NoFault", decided,
                    fault ? "Apologise and pay £150." : null, fault ? due : null, fault ? (random.NextDouble() < 0.8 ? due.AddDays(-3) : due.AddDays(5)) : null,
                    Guid.NewGuid()]);
                enquiries++;
            }

            var receivedAt = T(receivedOn, 9 + random.Next(0, 8));
            var officer = random.NextDouble() < 0.92 ? officers[random.Next(officers.Length)] : (Guid?)null;
            // The case's officer is chosen after its stages are drawn, so the stages learn it here.
            if (officer is not null) for (var s = firstStageRow; s < batch.Stages.Count; s++) batch.Stages[s][^1] = true;
            var closedAt = closedOn is { } closed ? T(closed, 15) : (DateTime?)null;
            var (updatedAt, updatedBy) = (receivedAt, "Benchmark");
            if (story is not null)
            {
                var lastAt = closedAt ?? T(today, 12);
                foreach (var entry in stories!.Timeline(receivedAt, lastAt))
                {
                    batch.Timeline.Add([id, entry.Type, entry.ActorId, entry.ActorName, entry.At, entry.Summary]);
                    if (entry.At > updatedAt) (updatedAt, updatedBy) = (entry.At, entry.ActorName);
                }

                foreach (var flag in story.Flags) batch.Flags.Add([flag.OnCase ? id : null, flag.ComplainantId, id, flag.Kind, flag.Detail, flag.HazardSeverity,
                    flag.HazardSeverity is null ? null : receivedAt, flag.RaisedBy.Id, flag.RaisedBy.Name, receivedAt.AddHours(1), flag.Reason, Guid.NewGuid()]);
            }

            batch.Complaints.Add([id, $"CMP-{receivedOn.Year}-{number:00000}", "Complaint", receivedAt, receivedOn, story?.Channel ?? "Phone", keys.ProcedureId, keys.ServiceAreaId,
                keys.SubjectId, keys.CategoryId, story?.Description ?? "Benchmark case.", story?.DesiredOutcome, story?.ComplainantId,
                "NotApplicable", officer, loggedBy, currentStage, status, outcome,
                closedAt, nextDue, nextDueKind, receivedAt, updatedAt, updatedBy, Guid.NewGuid()]);
            if (batch.Complaints.Count == BatchSize) await batch.FlushAsync(writer);
        }

        await batch.FlushAsync(writer);
        return (count, stages, enquiries);
    }

    private const int BatchSize = 10_000;

    /// <summary>
    /// Rows held until a batch is full and then written table by table, parents first: PostgreSQL's COPY takes one table
    /// at a time and checks keys as it goes, and a million cases' rows would not fit in memory at once.
    /// </summary>
    private sealed class Batch
    {
        private static readonly string[] ComplaintColumns =
            ["Id", "Reference", "Classification", "ReceivedAt", "ReceivedOn", "Channel", "ProcedureId", "ServiceAreaId", "SubjectId", "CategoryId", "Description", "DesiredOutcome", "ComplainantId",
             "PartnerStatus", "AllocatedOfficerId", "LoggedById", "CurrentStage", "Status", "Outcome", "ClosedAt", "NextDueDate", "NextDueKind", "CreatedAt", "UpdatedAt", "UpdatedByName", "Version"];

        private static readonly string[] StageColumns =
            ["ComplaintId", "StageNumber", "ServiceAreaId", "ProcedureId", "SubjectId", "CategoryId", "WithdrawnOn", "OpenedAt", "OpenedOn", "AcknowledgementDue", "AcknowledgedAt", "ResponseDue", "OriginalResponseDue", "ExtendedByWorkingDays",
             "ResponseSentAt", "ResponseSentOn", "WorkingDaysToRespond", "WorkingDaysLate", "Outcome", "OfficerAllocated"];

        private static readonly string[] EnquiryColumns = ["ComplaintId", "Body", "ReceivedOn", "Decision", "DecidedOn", "RemedyRecommended", "ComplianceDue", "CompliedOn", "Version"];

        private static readonly string[] TimelineColumns = ["ComplaintId", "Type", "ActorId", "ActorName", "OccurredAt", "Summary"];

        private static readonly string[] FlagColumns =
            ["ComplaintId", "ComplainantId", "RaisedOnCaseId", "Kind", "Detail", "HazardSeverity", "BecameAwareAt", "RaisedById", "RaisedByName", "RaisedAt", "RaisedReason", "Version"];

        public List<object?[]> Complaints { get; } = [];
        public List<object?[]> Stages { get; } = [];
        public List<object?[]> Enquiries { get; } = [];
        public List<object?[]> Timeline { get; } = [];
        public List<object?[]> Flags { get; } = [];

        public async Task FlushAsync(IBulkWriter writer)
        {
            foreach (var (table, columns, rows) in new[]
            {
                ("Complaints", ComplaintColumns, Complaints), ("ComplaintStages", StageColumns, Stages), ("OmbudsmanEnquiries", EnquiryColumns, Enquiries),
                ("TimelineEvents", TimelineColumns, Timeline), ("RiskFlags", FlagColumns, Flags),
            })
            {
                if (rows.Count > 0) await writer.WriteAsync(table, columns, rows);
                rows.Clear();
            }
        }
    }

    private sealed record StageResult(DateOnly? SentOn, (string Status, string? Outcome, DateOnly? NextDue, string? NextDueKind) State, DateOnly? WithdrawnOn);

    private sealed record Keys(int ServiceAreaId, int ProcedureId, int SubjectId, int? CategoryId);

    private StageResult PlayStage(List<object?[]> rows, int complaintId, int stageNumber, Keys keys, DateOnly openedOn, int responseDays)
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
        rows.Add([complaintId, stageNumber, keys.ServiceAreaId, keys.ProcedureId, keys.SubjectId, keys.CategoryId, withdrawnOn, T(openedOn, 10), openedOn, ackDue, acknowledged ? T(ackOn, 11) : null, due,
            originalDue, extension, sentOn is { } st ? T(st, 14) : null, sentOn, toRespond, late, outcome, false]);
        (string Status, string? Outcome, DateOnly? NextDue, string? NextDueKind) state = withdrawn ? ("Withdrawn", "Withdrawn", null, null)
            : sentOn is not null ? ("Responded", outcome, null, null)
            : acknowledged ? ("Acknowledged", null, due, "Response")
            : ("Received", null, ackDue, "Acknowledgement");
        return new StageResult(sentOn, state, withdrawnOn);
    }

    private static DateTime T(DateOnly date, int hour) => UkTime.ToUtc(date.ToDateTime(new TimeOnly(hour, 0)));
}
