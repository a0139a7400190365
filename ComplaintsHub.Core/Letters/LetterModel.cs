using System.Globalization;
using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Letters;

/// <summary>The fields of one letter, named as <see cref="LetterFields"/> documents them.</summary>
public sealed record LetterModel
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public required string CouncilName { get; init; }
    public required string CouncilAddress { get; init; }
    public required string Signatory { get; init; }
    /// <summary>The date the letter is issued (today, in the UK).</summary>
    public required DateOnly LetterDate { get; init; }
    public required string ContactName { get; init; }
    public string? ContactPhone { get; init; }
    public string? ContactEmail { get; init; }
    public required string ComplainantName { get; init; }
    public required string Salutation { get; init; }
    public required string ComplainantAddress { get; init; }
    public string? Representative { get; init; }
    public required string Reference { get; init; }
    public required DateOnly Received { get; init; }
    public required int Stage { get; init; }
    public required string ServiceArea { get; init; }
    public string? Subject { get; init; }
    /// <summary>The complaint as the council understands it, written to the complainant ("you told us…").</summary>
    public required string WhatYouToldUs { get; init; }
    public string? DesiredOutcome { get; init; }
    public DateOnly? AcknowledgeDue { get; init; }
    public DateOnly? ResponseDue { get; init; }
    public Outcome? Decision { get; init; }
    public IReadOnlyList<LetterPoint> Points { get; init; } = [];
    public string? Reasons { get; init; }
    public string? Remedy { get; init; }
    public decimal? FinancialRedress { get; init; }
    public IReadOnlyList<LetterAction> OutstandingActions { get; init; } = [];
    public DateOnly? ExtensionNewDue { get; init; }
    public string? ExtensionReason { get; init; }
    public DateOnly? EscalationDeadline { get; init; }
    public required string EscalationHow { get; init; }
    public required string Ombudsman { get; init; }
    public string? OmbudsmanWebsite { get; init; }
    public required int OmbudsmanTimeLimitMonths { get; init; }
    public required string OfficerName { get; init; }
    public string? OfficerJobTitle { get; init; }

    /// <summary>This letter with what the officer composed: their words, the decision, and the response date agreed with the complainant.</summary>
    public LetterModel With(LetterComposition composition) => this with
    {
        WhatYouToldUs = composition.WhatYouToldUs,
        ResponseDue = composition.AgreedResponseDate ?? ResponseDue,
        Decision = composition.Decision?.Outcome,
        Points = composition.Decision?.Points ?? [],
        Reasons = composition.Decision?.Reasons,
        Remedy = composition.Decision?.Remedy,
        FinancialRedress = composition.Decision?.FinancialRedress,
        OutstandingActions = composition.Decision?.OutstandingActions ?? [],
    };

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", EnGb) ?? "";

    /// <summary>
    /// Free text as a sentence in a letter: a capital first letter and a closing full stop, so what an officer typed
    /// in lower case ("the surveyor's report…") does not follow a full stop in the letter in lower case.
    /// </summary>
    public static string Sentence(string? text)
    {
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0) return "";
        return Capital(trimmed) + (char.IsLetterOrDigit(trimmed[^1]) || trimmed[^1] is ')' or '\'' or '"' ? "." : "");
    }

    /// <summary>A capital first letter only: for a table cell or a list item that is not a whole sentence.</summary>
    public static string Capital(string? text)
    {
        var trimmed = (text ?? "").Trim();
        return trimmed.Length == 0 ? "" : char.ToUpper(trimmed[0], EnGb) + trimmed[1..];
    }

    public IReadOnlyDictionary<string, object?> ToFields() => new Dictionary<string, object?>
    {
        ["letter"] = Map(("date", Date(LetterDate))),
        ["contact"] = Map(("name", ContactName), ("phone", ContactPhone ?? ""), ("email", ContactEmail ?? "")),
        ["council"] = Map(("name", CouncilName), ("address", CouncilAddress), ("signatory", Signatory)),
        ["complainant"] = Map(("name", ComplainantName), ("salutation", Salutation), ("address", ComplainantAddress), ("representative", Representative ?? "")),
        ["case"] = Map(("reference", Reference), ("received", Date(Received)), ("stage", Stage.ToString(CultureInfo.InvariantCulture)), ("service_area", ServiceArea),
            ("subject", Subject ?? ""), ("summary", Sentence(WhatYouToldUs)), ("desired_outcome", Sentence(DesiredOutcome)), ("acknowledge_due", Date(AcknowledgeDue)), ("response_due", Date(ResponseDue))),
        ["response"] = new Dictionary<string, object?>
        {
            ["decision"] = Decision?.Describe() ?? "",
            ["points"] = Points.Select(p => Map(("issue", Capital(p.Issue).TrimEnd('.', ' ', ':')), ("decision", p.Decision?.Describe().Capitalised() ?? ""), ("reasons", Sentence(p.Reasons)))).ToList(),
            ["reasons"] = Sentence(Reasons),
            ["remedy"] = Sentence(Remedy),
            ["financial_redress"] = FinancialRedress is { } pounds and > 0 ? pounds.ToString("C", EnGb) : "",
            ["outstanding_actions"] = OutstandingActions.Select(a => Map(("what", Capital(a.What)), ("by", Date(a.By)), ("who", Capital(a.Who)))).ToList(),
        },
        ["extension"] = Map(("new_due", Date(ExtensionNewDue)), ("reason", Sentence(ExtensionReason))),
        ["escalation"] = Map(("deadline", Date(EscalationDeadline)), ("how", Sentence(EscalationHow))),
        ["ombudsman"] = Map(("name", Ombudsman), ("website", OmbudsmanWebsite ?? ""), ("time_limit", $"{OmbudsmanTimeLimitMonths} months"),
            ("deadline", Date(LetterDate.AddMonths(OmbudsmanTimeLimitMonths)))),
        ["officer"] = Map(("name", OfficerName), ("job_title", OfficerJobTitle ?? "")),
    };

    private static IReadOnlyDictionary<string, object?> Map(params (string Key, object? Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);
}
