using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Letters;

/// <summary>The documented example values, for previewing a template before a real case is chosen.</summary>
public static class SampleLetter
{
    public static LetterModel Model(CouncilDetails council)
    {
        var decision = Decision();
        return new LetterModel
        {
            CouncilName = council.Name, CouncilAddress = council.Address, Signatory = council.Signatory,
            LetterDate = new DateOnly(2026, 11, 20), ContactName = "David Okafor", ContactPhone = council.ComplaintsPhone ?? "01632 960000",
            ContactEmail = council.ComplaintsEmail ?? "complaints@ashbury.gov.uk",
            ComplainantName = "Ms Grace Okonkwo", Salutation = "Dear Ms Okonkwo", ComplainantAddress = "12 Mill Road, Ashbury AB1 2CD",
            Reference = "CMP-2026-00123", Received = new DateOnly(2026, 11, 16), Stage = 1, ServiceArea = "Waste & Recycling", Subject = "Assisted collection",
            WhatYouToldUs = "Your assisted collection was missed three weeks running.", DesiredOutcome = "Restore the assisted collection and apologise.",
            AcknowledgeDue = new DateOnly(2026, 11, 23), ResponseDue = new DateOnly(2026, 12, 7),
            Decision = decision.Outcome, Points = decision.Points, Reasons = decision.Reasons, Remedy = decision.Remedy, FinancialRedress = decision.FinancialRedress,
            OutstandingActions = decision.OutstandingActions,
            ExtensionNewDue = new DateOnly(2026, 12, 21), ExtensionReason = "We are waiting for the contractor's records.", EscalationDeadline = new DateOnly(2027, 1, 4),
            EscalationHow = council.EscalationHow, Ombudsman = "Local Government and Social Care Ombudsman", OmbudsmanWebsite = "https://www.lgo.org.uk",
            OmbudsmanTimeLimitMonths = 12, OfficerName = "David Okafor", OfficerJobTitle = "Environment Team Leader",
        };
    }

    /// <summary>A partly upheld decision with a point, a remedy, redress and an action: for previewing a response.</summary>
    public static LetterDecision Decision() => new()
    {
        Outcome = Outcome.PartlyUpheld,
        Points = [new LetterPoint("Collections were missed on three dates", Outcome.Upheld, "The crew's records show the bin was not collected.")],
        Reasons = "We found that the round change was not passed to the crew.",
        Remedy = "We apologise and have restored your collections.",
        FinancialRedress = 50m,
        OutstandingActions = [new LetterAction("Check the assisted collection list", new DateOnly(2026, 12, 14), "Waste Services Team Leader")],
        RootCause = "The round change was not passed to the crew.",
        LessonLearnt = "Round changes now go to crews with the assisted collection list.",
    };
}
