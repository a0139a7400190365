using ComplaintsHub.Core.Input;

namespace ComplaintsHub.Core.Domain;

/// <summary>
/// The council's answer to one Code provision for one financial year: complies, partly or does not, the evidence, and
/// (where it does not fully comply) the action it will take. An answer carried forward from the year before is marked
/// until someone reviews it.
/// </summary>
public sealed class SelfAssessmentAnswer : SetupEntity
{
    private SelfAssessmentAnswer() { }

    public SelfAssessmentAnswer(int financialYearStart, int codeProvisionId, CodeCompliance compliance, string evidence, string? action)
    {
        FinancialYearStart = financialYearStart;
        CodeProvisionId = codeProvisionId;
        Answer(compliance, evidence, action);
    }

    public int Id { get; private set; }
    public int FinancialYearStart { get; private set; }
    public int CodeProvisionId { get; private set; }
    public CodeCompliance Compliance { get; private set; }
    public string Evidence { get; private set; } = "";
    public string? Action { get; private set; }
    /// <summary>Copied from the year before and not yet reviewed for this year.</summary>
    public bool CarriedForward { get; private set; }

    /// <summary>A copy of this answer for the next year, marked for review.</summary>
    public SelfAssessmentAnswer CarryForwardTo(int financialYearStart) => new()
    {
        FinancialYearStart = financialYearStart, CodeProvisionId = CodeProvisionId, Compliance = Compliance, Evidence = Evidence, Action = Action, CarriedForward = true,
    };

    /// <summary>Gives (or reviews) the answer: the evidence always, and an action wherever it does not fully comply.</summary>
    public void Answer(CodeCompliance compliance, string? evidence, string? action)
    {
        evidence = InputText.Clean(evidence)?.Trim();
        action = InputText.Clean(action)?.Trim();
        if (string.IsNullOrEmpty(evidence)) throw new InputRefusedException(CodeProvisionFields.Evidence, "Give the evidence: what shows the council meets (or does not meet) this provision.");
        TextLimits.Require(evidence, TextLimits.Notes, CodeProvisionFields.Evidence, "The evidence");
        if (compliance != CodeCompliance.Complies && string.IsNullOrEmpty(action))
        {
            throw new InputRefusedException(CodeProvisionFields.Action, "Say what the council will do to comply, and by when.");
        }

        TextLimits.Require(action, TextLimits.Notes, CodeProvisionFields.Action, "The action");
        (Compliance, Evidence, Action, CarriedForward) = (compliance, evidence, string.IsNullOrEmpty(action) ? null : action, false);
    }
}
