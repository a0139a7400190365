using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Setup;

/// <summary>
/// The provisions of the Complaint Handling Codes a council assesses itself against each year, as first put in: the
/// Housing Ombudsman's statutory Code (April 2024) for housing complaints and the Local Government and Social Care
/// Ombudsman's Code (2024, applied to councils' complaints from 1 April 2026) for the rest. Each requirement is a short
/// summary in ComplaintsHub's words, numbered as in the Code, not the Code's text: the complaints team checks the wording
/// against the published Codes and changes it, adds provisions and retires them when a Code changes.
/// </summary>
public static class CodeProvisionCatalogue
{
    public sealed record Seed(string Reference, string Section, string Requirement, bool HousingOnly = false);

    private const string Definition = "1. Definition of a complaint";
    private const string Exclusions = "2. Exclusions";
    private const string Accessibility = "3. Accessibility and awareness";
    private const string Staff = "4. Complaint handling staff";
    private const string Process = "5. The complaint handling process";
    private const string Stage1 = "6. Complaint stages: Stage 1";
    private const string Stage2 = "6. Complaint stages: Stage 2";
    private const string Remedies = "7. Putting things right";
    private const string Reporting = "8. Self-assessment, reporting and compliance";
    private const string Learning = "9. Scrutiny and oversight: continuous learning and improvement";

    /// <summary>The shared provisions, written for the Housing Ombudsman's Code ("resident", "landlord"); <see cref="For"/> words them for the other Code.</summary>
    private static readonly Seed[] Provisions =
    [
        new("1.2", Definition, "A complaint is defined as an expression of dissatisfaction, however made, about the standard of service, actions or lack of action by the landlord, its staff or those acting for it, affecting a resident or group of residents."),
        new("1.3", Definition, "A resident need not use the word \"complaint\" for it to be treated as one; whenever dissatisfaction is expressed the resident is given the choice to complain."),
        new("1.4", Definition, "A complaint made through a third party or representative is handled in line with the complaints policy."),
        new("1.5", Definition, "Service requests are told apart from complaints; a service request the resident is unhappy with is taken as a complaint if they want it to be."),
        new("1.6", Definition, "Handling a complaint does not stop the work on a service request it is about."),
        new("1.7", Definition, "Dissatisfaction expressed in a survey is not a complaint, but the resident is told how to complain if they want to."),
        new("2.1", Exclusions, "A complaint is accepted unless there is a valid reason not to, and the reasons for not accepting one are set out in the policy."),
        new("2.2", Exclusions, "The circumstances in which a complaint will not be considered are fair and reasonable and published in the policy."),
        new("2.3", Exclusions, "A complaint is accepted up to twelve months after the matter arose or the resident became aware of it, unless an exclusion applies."),
        new("2.4", Exclusions, "When a complaint is not accepted, the resident is told in detail why and that they can take that decision to the Ombudsman."),
        new("2.5", Exclusions, "Exclusions are not applied as a blanket rule: each case's circumstances are considered."),
        new("3.1", Accessibility, "It is easy to complain, through more than one channel, and the process is publicised."),
        new("3.2", Accessibility, "Complaints are seen as a source of learning; high numbers are not treated as failure in themselves."),
        new("3.3", Accessibility, "Reasonable adjustments are made (Equality Act 2010) and recorded, and the policy says how they are agreed."),
        new("3.4", Accessibility, "There is a single complaints policy in line with the Code, reviewed at least every two years."),
        new("3.5", Accessibility, "The complaints policy and this self-assessment are published on the website."),
        new("3.6", Accessibility, "Residents may be represented and are told so."),
        new("3.7", Accessibility, "Residents are told about the Ombudsman and that they can contact it at any stage."),
        new("4.1", Staff, "A named person or team is responsible for complaint handling, including liaison with the Ombudsman and reports to the governing body."),
        new("4.2", Staff, "Complaint handlers can reach staff at every level and have the authority to resolve complaints quickly."),
        new("4.3", Staff, "Complaint handlers are trained, and complaint handling is treated as a core part of the service."),
        new("5.1", Process, "There is one complaints process with two stages, and no extra stages, for every complaint."),
        new("5.2", Process, "There is no informal \"stage 0\" before Stage 1.", HousingOnly: true),
        new("5.3", Process, "The same process applies to complaints about contractors and others acting for the landlord."),
        new("5.4", Process, "Each complaint is defined and agreed with the resident at the start of the stage, or the reason it cannot be is recorded."),
        new("5.5", Process, "Complaints are handled on their merits, independently and with an open mind; the resident can set out their position; conflicts of interest are dealt with; all the evidence is considered."),
        new("5.6", Process, "Extensions are agreed with the resident where possible, with the reason, and are no longer than the Code allows."),
        new("5.7", Process, "A full record is kept of each complaint, its outcome at each stage, the correspondence and any reasonable adjustments."),
        new("5.8", Process, "Complaints can be escalated through every stage unless there is a valid reason, which is explained."),
        new("5.9", Process, "Unreasonable behaviour is managed under a policy, with restrictions that are proportionate, reviewed and explained."),
        new("6.1", Stage1, "Complaints are resolved as early as possible at Stage 1."),
        new("6.2", Stage1, "Stage 1 complaints are acknowledged, defined and logged within 5 working days of receipt."),
        new("6.3", Stage1, "A full Stage 1 response is sent within 10 working days of the acknowledgement."),
        new("6.4", Stage1, "A Stage 1 extension is no more than 10 further working days without good reason, and is explained to the resident."),
        new("6.5", Stage1, "When a Stage 1 response is extended, the resident is given the Ombudsman's contact details."),
        new("6.6", Stage1, "The response is sent when the answer is known, not when the outstanding actions are done; those actions are tracked to completion."),
        new("6.7", Stage1, "The response addresses every point raised and gives clear reasons for each decision, citing the policy, law and good practice relied on."),
        new("6.8", Stage1, "New issues raised during a stage are added to it if related, or logged as a new complaint."),
        new("6.9", Stage1, "The Stage 1 response states the stage, the complaint as defined, the decision, the reasons, any remedy, outstanding actions, and how to escalate to Stage 2."),
        new("6.10", Stage2, "A complaint not resolved at Stage 1 is escalated to Stage 2 on request."),
        new("6.11", Stage2, "Stage 2 requests are acknowledged and logged within 5 working days."),
        new("6.12", Stage2, "The resident is not required to give reasons for asking for Stage 2."),
        new("6.13", Stage2, "Stage 2 is handled by a different person from Stage 1."),
        new("6.14", Stage2, "A Stage 2 response is sent within 20 working days of the acknowledgement."),
        new("6.15", Stage2, "A Stage 2 extension is no more than 20 further working days without good reason, and is explained to the resident."),
        new("6.16", Stage2, "When a Stage 2 response is extended, the resident is given the Ombudsman's contact details."),
        new("6.17", Stage2, "The Stage 2 response is sent when the answer is known; outstanding actions are tracked to completion."),
        new("6.18", Stage2, "The Stage 2 response addresses every point raised and gives clear reasons for each decision."),
        new("6.19", Stage2, "The Stage 2 response states the stage, the complaint as defined, the decision, the reasons, any remedy, outstanding actions, and how to escalate to the Ombudsman."),
        new("6.20", Stage2, "Stage 2 is the final response, with the staff needed to resolve the complaint involved."),
        new("7.1", Remedies, "Where something went wrong it is acknowledged and put right: apology, explanation, action, a reconsidered decision, financial redress or a change of policy, as fits."),
        new("7.2", Remedies, "Remedies reflect the impact on the resident and any consequential effects."),
        new("7.3", Remedies, "Remedies say what will happen and by when, and are carried out."),
        new("7.4", Remedies, "Remedies take account of the Ombudsman's guidance on remedies."),
        new("8.1", Reporting, "An annual complaints performance and service improvement report is produced, with this self-assessment, performance analysis including complaints refused, non-compliance findings, service improvements and the Ombudsman's annual letter."),
        new("8.2", Reporting, "The annual report goes to the governing body and is published on the website with the governing body's response."),
        new("8.3", Reporting, "A self-assessment is also done after a significant restructure, merger or change in procedures."),
        new("8.4", Reporting, "If the Code cannot be met in exceptional circumstances, the Ombudsman is told, residents are told, and normal handling resumes as soon as possible."),
        new("8.5", Reporting, "The annual submission to the Housing Ombudsman is made by 30 September (landlords with more than 1,000 homes).", HousingOnly: true),
        new("9.1", Learning, "Each complaint is looked at beyond its own circumstances for service improvements."),
        new("9.2", Learning, "A positive complaint handling culture is promoted, and learning is shared across the organisation."),
        new("9.3", Learning, "Complaints data is used to identify trends, systemic issues and risks, and is reported regularly."),
        new("9.4", Learning, "A suitably senior lead person is accountable for complaint handling and the learning from it."),
        new("9.5", Learning, "A member of the governing body (the Member Responsible for Complaints) has lead responsibility for complaints and reports on them.", HousingOnly: true),
        new("9.6", Learning, "The governing body receives regular information on complaints, with the performance, trends and learning, and scrutinises it."),
        new("9.7", Learning, "Staff are supported to resolve complaints and are not blamed for the complaint itself."),
    ];

    /// <summary>The provisions of the scheme's Code, numbered and grouped as in the Code.</summary>
    public static IReadOnlyList<Seed> For(OmbudsmanScheme scheme) =>
        scheme == OmbudsmanScheme.Housing
            ? Provisions
            : [.. Provisions.Where(p => !p.HousingOnly).Select(p => p with { Requirement = InCouncilWords(p.Requirement) })];

    private static string InCouncilWords(string text) => text
        .Replace("residents", "complainants").Replace("Residents", "Complainants").Replace("resident", "complainant")
        .Replace("landlord", "council");
}
