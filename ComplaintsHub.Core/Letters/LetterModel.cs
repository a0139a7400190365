using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Letters;

/// <summary>The fields of one letter, named as <see cref="LetterFields"/> documents them.</summary>
public sealed record LetterModel(
    string CouncilName, string CouncilAddress, string Signatory,
    string ComplainantName, string Salutation, string ComplainantAddress, string? Representative,
    string Reference, DateOnly Received, int Stage, string ServiceArea, string? Subject, string Summary, DateOnly? AcknowledgeDue, DateOnly? ResponseDue,
    Outcome? Decision, IReadOnlyList<LetterPoint> Points, string? Reasons, string? Remedy, decimal? FinancialRedress, IReadOnlyList<LetterAction> OutstandingActions,
    DateOnly? ExtensionNewDue, string? ExtensionReason, DateOnly? EscalationDeadline, string EscalationHow,
    string Ombudsman, string? OmbudsmanWebsite, int OmbudsmanTimeLimitMonths, string OfficerName, string? OfficerJobTitle)
{
    public IReadOnlyDictionary<string, object?> ToFields()
    {
        static string? Date(DateOnly? date) => date?.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
        return new Dictionary<string, object?>
        {
            ["council"] = Map(("name", CouncilName), ("address", CouncilAddress), ("signatory", Signatory)),
            ["complainant"] = Map(("name", ComplainantName), ("salutation", Salutation), ("address", ComplainantAddress), ("representative", Representative ?? "")),
            ["case"] = Map(("reference", Reference), ("received", Date(Received)), ("stage", Stage.ToString()), ("service_area", ServiceArea), ("subject", Subject ?? ""),
                ("summary", Summary), ("acknowledge_due", Date(AcknowledgeDue) ?? ""), ("response_due", Date(ResponseDue) ?? "")),
            ["response"] = new Dictionary<string, object?>
            {
                ["decision"] = Decision?.Describe() ?? "",
                ["points"] = Points.Select(p => Map(("issue", p.Issue), ("decision", p.Decision), ("reasons", p.Reasons))).ToList(),
                ["reasons"] = Reasons ?? "",
                ["remedy"] = Remedy ?? "",
                ["financial_redress"] = FinancialRedress is { } pounds ? pounds.ToString("C", System.Globalization.CultureInfo.GetCultureInfo("en-GB")) : "",
                ["outstanding_actions"] = OutstandingActions.Select(a => Map(("what", a.What), ("by", Date(a.By)))).ToList(),
            },
            ["extension"] = Map(("new_due", Date(ExtensionNewDue) ?? ""), ("reason", ExtensionReason ?? "")),
            ["escalation"] = Map(("deadline", Date(EscalationDeadline) ?? ""), ("how", EscalationHow)),
            ["ombudsman"] = Map(("name", Ombudsman), ("website", OmbudsmanWebsite ?? ""), ("time_limit", $"{OmbudsmanTimeLimitMonths} months")),
            ["officer"] = Map(("name", OfficerName), ("job_title", OfficerJobTitle ?? "")),
        };
    }

    private static IReadOnlyDictionary<string, object?> Map(params (string Key, object? Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);
}
