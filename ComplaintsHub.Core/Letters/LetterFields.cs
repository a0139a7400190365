using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Letters;

/// <summary>
/// The merge fields a template may use, documented for the complaints team. Anything else in a template is refused
/// when it is saved, so a typo cannot reach a resident as a blank.
/// </summary>
public static class LetterFields
{
    public static readonly IReadOnlyList<LetterField> All =
    [
        new("letter.date", "The date the letter is issued", "20 November 2026"),
        new("contact.name", "Who to ask for: the officer writing the letter", "David Okafor"),
        new("contact.phone", "The complaints team's phone number (blank if the council details have none)", "01632 960000"),
        new("contact.email", "The complaints team's email, or the officer's when the council has none", "complaints@ashbury.gov.uk"),
        new("council.name", "The council's name", "Ashbury District Council"),
        new("council.address", "The council's postal address, one line", "Council Offices, Market Square, Ashbury AB1 1AA"),
        new("council.signatory", "Who signs responses on behalf of the council", "Mark Ellis, Complaints and Information Manager"),
        new("complainant.name", "The complainant's full name", "Grace Okonkwo"),
        new("complainant.salutation", "How to start the letter", "Dear Ms Okonkwo"),
        new("complainant.address", "Postal address, one line", "12 Mill Road, Ashbury AB1 2CD"),
        new("complainant.representative", "The representative, when consent to share is recorded (blank otherwise)", "Citizens Advice Ashbury"),
        new("case.reference", "The case reference", "CMP-2026-00123"),
        new("case.received", "Date received", "16 November 2026"),
        new("case.stage", "The stage this letter is about", "1"),
        new("case.service_area", "Service area", "Waste & Recycling"),
        new("case.subject", "Subject within the service area", "Assisted collection"),
        new("case.summary", "What you told us: the complaint as we understand it, written to the complainant on the draft page", "Your assisted collection was missed three weeks running."),
        new("case.desired_outcome", "What the complainant would like us to do, as recorded (blank if not recorded)", "Restore the assisted collection and apologise."),
        new("case.acknowledge_due", "The date the acknowledgement was due", "23 November 2026"),
        new("case.response_due", "The date the response is due", "7 December 2026"),
        new("response.decision", "The overall decision: upheld, partly upheld or not upheld", "partly upheld"),
        new("response.points", "Each point investigated: a list; use {% for point in response.points %}", ""),
        new("point.issue", "Inside the points loop: the point raised", "Collections were missed on three dates."),
        new("point.decision", "Inside the points loop: the decision on it", "Upheld"),
        new("point.reasons", "Inside the points loop: why", "The crew's records show the bin was not collected."),
        new("response.reasons", "The reasons for the decision overall", "We found that the round change was not passed to the crew."),
        new("response.remedy", "The remedy: apology and action taken", "We apologise and have restored your collections."),
        new("response.financial_redress", "Financial redress in pounds, formatted (blank if none)", "£50.00"),
        new("response.outstanding_actions", "Actions still to be done, with dates: a list; use {% for action in response.outstanding_actions %}", ""),
        new("action.what", "Inside the actions loop: what will be done", "Check the assisted collection list"),
        new("action.by", "Inside the actions loop: by when", "14 December 2026"),
        new("action.who", "Inside the actions loop: who will do it", "Waste Services Team Leader"),
        new("extension.new_due", "The new response date after an extension", "21 December 2026"),
        new("extension.reason", "Why more time is needed", "We are waiting for the contractor's records."),
        new("escalation.deadline", "The last date to ask for the next stage", "4 January 2027"),
        new("escalation.how", "How to ask for the next stage", "Reply to this letter or email complaints@ashbury.gov.uk quoting your reference."),
        new("ombudsman.name", "The Ombudsman for this procedure", "Local Government and Social Care Ombudsman"),
        new("ombudsman.website", "The Ombudsman's website", "https://www.lgo.org.uk"),
        new("ombudsman.time_limit", "How long the complainant has to go to the Ombudsman", "12 months"),
        new("ombudsman.deadline", "The date the Ombudsman's time limit ends, counted from this letter", "20 November 2027"),
        new("officer.name", "The responding officer", "David Okafor"),
        new("officer.job_title", "The responding officer's job title", "Environment Team Leader"),
    ];

    /// <summary>Loop variables and the list each walks over.</summary>
    public static readonly IReadOnlyDictionary<string, string> Loops = new Dictionary<string, string>
    {
        ["point"] = "response.points",
        ["action"] = "response.outstanding_actions",
    };

    /// <summary>
    /// What each type of letter must say (the Complaint Handling Code's content rules): a template without these is
    /// refused. Every letter is dated, quotes the reference, names who to contact and greets the person; a response
    /// states the complaint as understood, the decision on each point with reasons, the remedy, the outstanding actions
    /// and how to escalate.
    /// </summary>
    public static readonly IReadOnlyDictionary<LetterType, (string Section, string[] Fields)[]> Required = new Dictionary<LetterType, (string, string[])[]>
    {
        [LetterType.Acknowledgement] = [.. Every, ("what you told us", ["case.summary"]), ("when we will respond", ["case.response_due"])],
        [LetterType.Stage1Response] =
        [
            .. Every, ("what you told us", ["case.summary"]), ("the decision on each point", ["response.points"]),
            ("the decision", ["response.decision"]), ("the reasons", ["response.reasons"]), ("the remedy", ["response.remedy"]),
            ("the outstanding actions", ["response.outstanding_actions"]), ("the escalation paragraph", ["escalation.deadline", "escalation.how"]),
        ],
        [LetterType.Stage2Acknowledgement] = [.. Every, ("when we will respond", ["case.response_due"])],
        [LetterType.Stage2Response] =
        [
            .. Every, ("what you told us", ["case.summary"]), ("the decision on each point", ["response.points"]),
            ("the decision", ["response.decision"]), ("the reasons", ["response.reasons"]), ("the remedy", ["response.remedy"]),
            ("the outstanding actions", ["response.outstanding_actions"]), ("the Ombudsman paragraph", ["ombudsman.name", "ombudsman.time_limit"]),
        ],
        [LetterType.ExtensionNotice] = [.. Every, ("the new date", ["extension.new_due"]), ("the reason", ["extension.reason"]), ("the Ombudsman paragraph", ["ombudsman.name", "ombudsman.website"])],
        [LetterType.EscalationInformation] = [.. Every, ("the escalation paragraph", ["escalation.how"]), ("the Ombudsman paragraph", ["ombudsman.name", "ombudsman.time_limit"])],
        [LetterType.NotAComplaint] = [.. Every],
    };

    /// <summary>What every letter carries, whatever its type.</summary>
    private static (string Section, string[] Fields)[] Every =>
        [("the date", ["letter.date"]), ("the reference", ["case.reference"]), ("who to contact", ["contact.name"]), ("the greeting", ["complainant.salutation"])];

    public static bool IsKnown(string path) => All.Any(f => f.Path == path);
}
