using System.Text;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Import;

namespace ComplaintsHub.Tests.Import;

/// <summary>
/// One complaint's history as an old list would hold it, so the same history can be imported as a row or replayed
/// through the application step by step. Each kind of history the KPIs tell apart comes up in turn.
/// </summary>
public sealed record HistoricCase(
    int Number, string Area, string Subject, string Category, Channel Channel, DateOnly Received, DateOnly? Acknowledged, DateOnly? Responded,
    Outcome? Outcome, DateOnly? Escalated, DateOnly? Closed, bool WithOfficer)
{
    public static readonly string[] Headings =
        ["Ref", "Received", "Area", "Details", "Subject", "Category", "How", "Officer", "Name", "Phone", "Acknowledged", "Responded", "Outcome", "Root cause", "Lesson", "Escalated", "Closed",
         "Stage 2 responded", "Stage 2 outcome"];

    public static ImportMapping Mapping { get; } = new(new Dictionary<ImportField, string>
    {
        [ImportField.Reference] = "Ref", [ImportField.ReceivedDate] = "Received", [ImportField.ServiceArea] = "Area", [ImportField.Description] = "Details",
        [ImportField.Subject] = "Subject", [ImportField.Category] = "Category", [ImportField.Channel] = "How", [ImportField.Officer] = "Officer",
        [ImportField.ComplainantName] = "Name", [ImportField.ComplainantPhone] = "Phone", [ImportField.Acknowledged] = "Acknowledged",
        [ImportField.Responded] = "Responded", [ImportField.Outcome] = "Outcome", [ImportField.RootCause] = "Root cause", [ImportField.LessonLearnt] = "Lesson",
        [ImportField.Escalated] = "Escalated", [ImportField.Closed] = "Closed", [ImportField.Stage2Responded] = "Stage 2 responded",
        [ImportField.Stage2Outcome] = "Stage 2 outcome",
    });

    public const string RootCause = "Round missed from the crew's sheet";
    public const string Lesson = "Sheets checked each morning";

    private static readonly Channel[] Channels = [Channel.Phone, Channel.Email, Channel.Letter];
    private static readonly (string Area, string Subject)[] Areas = [("Waste", "Missed collection"), ("Housing", "Repairs"), ("Parking", "Tickets")];

    /// <summary>
    /// <paramref name="count"/> complaints received four days apart from <paramref name="first"/>: open and unacknowledged,
    /// acknowledged, answered on time or late, upheld or not, closed, escalated in and outside the window, answered at
    /// Stage 2 on time or late and closed. Every step happens within 60 days of receipt.
    /// </summary>
    public static IReadOnlyList<HistoricCase> Generate(DateOnly first, int count) => Enumerable.Range(0, count).Select(i =>
    {
        var (area, subject) = Areas[i % 3];
        var received = first.AddDays(4 * i);
        var acknowledged = received.AddDays(2);
        var onTime = received.AddDays(10);
        var late = received.AddDays(30);
        var kind = new HistoricCase(i + 1, area, subject, i % 5 == 0 ? "Staff conduct" : "Delay", Channels[i % 3],
            received, null, null, null, null, null, WithOfficer: i % 2 == 0);
        return (i % 8) switch
        {
            0 => kind,
            1 => kind with { Acknowledged = acknowledged },
            2 => kind with { Acknowledged = acknowledged, Responded = onTime, Outcome = Core.Domain.Outcome.NotUpheld, Closed = onTime.AddDays(3) },
            3 => kind with { Acknowledged = acknowledged, Responded = late, Outcome = Core.Domain.Outcome.Upheld, Closed = late.AddDays(1) },
            4 => kind with { Acknowledged = acknowledged, Responded = onTime, Outcome = Core.Domain.Outcome.PartlyUpheld },
            // Two of the escalated cases were answered at Stage 2 and closed: one within its 20 working days, one well after.
            5 when i is 5 or 21 => kind with
            {
                Acknowledged = acknowledged, Responded = onTime, Outcome = Core.Domain.Outcome.NotUpheld, Escalated = onTime.AddDays(7),
                Stage2Responded = onTime.AddDays(i == 5 ? 21 : 49), Stage2Outcome = i == 5 ? Core.Domain.Outcome.NotUpheld : Core.Domain.Outcome.Upheld,
                Closed = onTime.AddDays(i == 5 ? 22 : 49),
            },
            5 => kind with { Acknowledged = acknowledged, Responded = onTime, Outcome = Core.Domain.Outcome.NotUpheld, Escalated = onTime.AddDays(7) },
            6 => kind with { Acknowledged = acknowledged, Responded = late, Outcome = Core.Domain.Outcome.NotUpheld, Escalated = late.AddDays(29) },
            _ => kind with { Acknowledged = acknowledged, Responded = onTime, Outcome = Core.Domain.Outcome.Upheld, Closed = onTime.AddDays(20) },
        };
    }).ToList();

    public DateOnly? Stage2Responded { get; init; }
    public Outcome? Stage2Outcome { get; init; }

    public string Reference => $"OLD-{Number:D3}";
    public string Complainant => $"Person {Number}";
    public string Phone => $"01632 960{Number:D3}";
    public bool IsUpheld => Outcome is Core.Domain.Outcome.Upheld or Core.Domain.Outcome.PartlyUpheld;
    public bool IsUpheldAtStage2 => Stage2Outcome is Core.Domain.Outcome.Upheld or Core.Domain.Outcome.PartlyUpheld;
    private bool NeedsRootCause => IsUpheld || IsUpheldAtStage2;

    /// <summary>The histories as a CSV file saved from the old list (no value here needs quoting).</summary>
    public static byte[] ToCsv(IEnumerable<HistoricCase> cases, string officer)
    {
        var text = new StringBuilder(string.Join(",", Headings)).Append("\r\n");
        foreach (var c in cases)
        {
            string[] cells =
            [
                c.Reference, Iso(c.Received), c.Area, $"Complaint {c.Number}", c.Subject, c.Category, c.Channel.ToString(), c.WithOfficer ? officer : "", c.Complainant, c.Phone,
                Iso(c.Acknowledged), Iso(c.Responded), c.Outcome?.ToString() ?? "", c.NeedsRootCause ? RootCause : "", c.NeedsRootCause ? Lesson : "", Iso(c.Escalated), Iso(c.Closed),
                Iso(c.Stage2Responded), c.Stage2Outcome?.ToString() ?? "",
            ];
            text.Append(string.Join(",", cells)).Append("\r\n");
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd") ?? "";
}
