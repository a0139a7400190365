using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.DemoData;

/// <summary>
/// The demo council's self-assessment for the financial year before today's, against both Codes, as its complaints
/// manager answered it: most provisions met, with the evidence, and three only partly, each with the action promised,
/// so that this year's can be carried forward and reviewed, and the annual report has something true to say.
/// </summary>
internal static class DemoSelfAssessment
{
    private static readonly Dictionary<string, (CodeCompliance Compliance, string Evidence, string Action)> Shortfalls = new()
    {
        ["3.3"] = (CodeCompliance.Partly, "Adjustments are made when asked for, but the case records show them on only some of the cases where they were agreed.",
            "Record every agreed adjustment as a risk flag on the complainant, and check it in the quarterly spot checks."),
        ["6.4"] = (CodeCompliance.Partly, "Extensions stayed within ten working days, but one in five extension letters did not explain the reason.",
            "The extension letter template now requires the reason; team leaders check it before it goes."),
        ["9.1"] = (CodeCompliance.Partly, "Root causes are recorded on most upheld complaints, but improvement actions were raised from few of them.",
            "Heads of service raise improvement actions from the learning page each quarter; progress reported to the Audit Committee."),
    };

    public static IEnumerable<SelfAssessmentAnswer> ForYearBefore(IReadOnlyList<CodeProvision> provisions, StaffUser manager, DateTime now)
    {
        var year = FinancialQuarter.Containing(UkTime.DateOf(now)).FinancialYearStart - 1;
        // Answered in the June after the year, as the annual report is written.
        var answeredAt = UkTime.ToUtc(new DateTime(year + 1, 6, 12, 10, 0, 0));
        var by = new Actor(manager.Id, manager.DisplayName);
        foreach (var provision in provisions.Where(p => p.IsActive))
        {
            var (compliance, evidence, action) = Shortfalls.TryGetValue(provision.Reference, out var shortfall)
                ? shortfall
                : (CodeCompliance.Complies, $"Complaints policy (version 3, 2025), section {provision.Section.Split('.')[0]}, and ComplaintsHub's records for the year.", null);
            var answer = new SelfAssessmentAnswer(year, provision.Id, compliance, evidence, action);
            answer.RecordChange(by, answeredAt);
            yield return answer;
        }
    }
}
