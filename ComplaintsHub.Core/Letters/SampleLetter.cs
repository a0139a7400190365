using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Letters;

/// <summary>The documented example values, for previewing a template before a real case is chosen.</summary>
public static class SampleLetter
{
    public static LetterModel Model(CouncilDetails council) => new(
        council.Name, council.Address, council.Signatory,
        "Grace Okonkwo", "Dear Ms Okonkwo", "12 Mill Road, Ashbury AB1 2CD", null,
        "CMP-2026-00123", new DateOnly(2026, 11, 16), 1, "Waste & Recycling", "Assisted collection", "Assisted collection missed three weeks running.",
        new DateOnly(2026, 11, 23), new DateOnly(2026, 12, 7), Outcome.PartlyUpheld,
        [new LetterPoint("Collections were missed on three dates", "Upheld", "The crew's records show the bin was not collected.")],
        "We found that the round change was not passed to the crew.", "We apologise and have restored your collections.", 50m,
        [new LetterAction("check the assisted collection list", new DateOnly(2026, 12, 14))],
        new DateOnly(2026, 12, 21), "We are waiting for the contractor's records.", new DateOnly(2027, 1, 4), council.EscalationHow,
        "Local Government and Social Care Ombudsman", "https://www.lgo.org.uk", 12, "David Okafor", "Environment Team Leader");
}
