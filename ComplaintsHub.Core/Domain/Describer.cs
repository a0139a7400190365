using ComplaintsHub.Core.Calendar;

namespace ComplaintsHub.Core.Domain;

/// <summary>Plain-English names for enum values, used in messages, the timeline and the UI.</summary>
public static class Describer
{
    /// <summary>Descriptions read as part of a sentence ("while the case is received"); a heading or table cell starts with a capital.</summary>
    public static string Capitalised(this string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static string Describe(this ContactClassification value) => value switch
    {
        ContactClassification.Complaint => "Complaint",
        ContactClassification.ServiceRequest => "Service request",
        ContactClassification.GeneralEnquiry => "General enquiry",
        ContactClassification.Compliment => "Compliment",
        ContactClassification.Comment => "Comment",
        ContactClassification.MemberEnquiry => "Member enquiry",
        _ => value.ToString(),
    };

    /// <summary>The definitions from the complaints policy, shown where the officer chooses (staff confuse these).</summary>
    public static string Definition(this ContactClassification value) => value switch
    {
        ContactClassification.Complaint => "An expression of dissatisfaction, however made, about the standard of service, action or lack of action by the council, its staff or anyone acting for it.",
        ContactClassification.ServiceRequest => "A request to provide or fix a service, or to reconsider a decision. Recorded and monitored, but not a complaint unless the service then fails.",
        ContactClassification.GeneralEnquiry => "A question or request for information.",
        ContactClassification.Compliment => "Praise for a service or a member of staff.",
        ContactClassification.Comment => "A suggestion or view that does not need a response.",
        ContactClassification.MemberEnquiry => "A councillor or MP writing on a resident's behalf.",
        _ => "",
    };

    public static string Describe(this Channel value) => value switch
    {
        Channel.Phone => "phone",
        Channel.Email => "email",
        Channel.Letter => "letter",
        Channel.WebForm => "web form",
        Channel.InPerson => "in person",
        Channel.CouncillorOrMp => "councillor or MP",
        Channel.SocialMedia => "social media",
        _ => value.ToString(),
    };

    public static string Describe(this CaseStatus value) => value switch
    {
        CaseStatus.Received => "received",
        CaseStatus.Acknowledged => "acknowledged",
        CaseStatus.Responded => "responded",
        CaseStatus.WithOmbudsman => "with the Ombudsman",
        CaseStatus.Closed => "closed",
        CaseStatus.Withdrawn => "withdrawn",
        _ => value.ToString(),
    };

    public static string Describe(this Outcome value) => value switch
    {
        Outcome.Upheld => "upheld",
        Outcome.PartlyUpheld => "partly upheld",
        Outcome.NotUpheld => "not upheld",
        Outcome.ResolvedInformally => "resolved informally",
        Outcome.Withdrawn => "withdrawn",
        Outcome.Resolved => "resolved",
        _ => value.ToString(),
    };

    public static string Describe(this OmbudsmanDecision value) => value switch
    {
        OmbudsmanDecision.NoFault => "no fault",
        OmbudsmanDecision.FaultNoInjustice => "fault, no injustice",
        OmbudsmanDecision.FaultAndInjustice => "fault causing injustice",
        OmbudsmanDecision.NotInvestigated => "not investigated",
        _ => value.ToString(),
    };

    public static string Describe(this ComplaintAction value) => value switch
    {
        ComplaintAction.Acknowledge => "Acknowledging",
        ComplaintAction.Allocate => "Allocating",
        ComplaintAction.Extend => "Extending",
        ComplaintAction.RecordResponse => "Recording a response",
        ComplaintAction.Close => "Closing",
        ComplaintAction.Withdraw => "Withdrawing",
        ComplaintAction.Escalate => "Escalating",
        ComplaintAction.ReferToOmbudsman => "Recording an Ombudsman enquiry",
        ComplaintAction.RecordOmbudsmanDecision => "Recording the Ombudsman's decision",
        ComplaintAction.RecordRemedyCompliance => "Recording remedy compliance",
        ComplaintAction.Resolve => "Resolving",
        ComplaintAction.AssignStage => "Assigning the stage",
        ComplaintAction.AddNote => "Adding a note",
        ComplaintAction.LogCall => "Logging a call",
        ComplaintAction.RecordPartnerResponse => "Recording the partner's response",
        ComplaintAction.Reopen => "Reopening",
        ComplaintAction.CorrectReceivedDate => "Correcting the date received",
        ComplaintAction.ConvertToComplaint => "Turning it into a complaint",
        ComplaintAction.RaiseRiskFlag => "Raising or removing a risk flag",
        ComplaintAction.CompletePromisedAction => "Completing a promised action",
        ComplaintAction.RedatePromisedAction => "Re-dating a promised action",
        ComplaintAction.PlaceLegalHold => "Placing a legal hold",
        ComplaintAction.LiftLegalHold => "Lifting a legal hold",
        _ => value.ToString(),
    };

    public static string Describe(this PersonalDataPurpose value) => value switch
    {
        PersonalDataPurpose.RevealedWhenLoggingAContact => "Revealed the person's details",
        PersonalDataPurpose.LinkedToNewCase => "Linked a new case to the person",
        PersonalDataPurpose.OpenedCase => "Opened the case",
        PersonalDataPurpose.DownloadedLetter => "Downloaded a letter",
        PersonalDataPurpose.DownloadedDocument => "Downloaded a document",
        PersonalDataPurpose.ExportedCaseRows => "Exported case rows",
        PersonalDataPurpose.ProducedSubjectAccessBundle => "Produced a subject access bundle",
        _ => value.ToString(),
    };

    public static string Describe(this DueStatus value) => value switch
    {
        DueStatus.OnTrack => "On track",
        DueStatus.DueSoon => "Due soon",
        DueStatus.Overdue => "Overdue",
        _ => value.ToString(),
    };

    public static string Describe(this StaffRole value) => value switch
    {
        StaffRole.Officer => "Officer",
        StaffRole.TeamLeader => "Team leader",
        StaffRole.HeadOfService => "Head of service",
        StaffRole.ComplaintsAdmin => "Complaints team",
        StaffRole.PortfolioHolder => "Portfolio holder",
        _ => value.ToString(),
    };

    public static string Describe(this EmailKind value) => value switch
    {
        EmailKind.CaseAllocated => "Case allocated to you",
        EmailKind.StageAssigned => "Stage 2 assigned to you",
        EmailKind.DueSoon => "Due within 2 working days",
        EmailKind.Overdue => "Overdue",
        EmailKind.WeeklyReport => "Weekly report",
        EmailKind.Letter => "Letter",
        EmailKind.Test => "Test email",
        EmailKind.PromisedActionDueSoon => "Promised action due within 2 working days",
        EmailKind.PromisedActionOverdue => "Promised action overdue",
        _ => value.ToString(),
    };

    public static string Describe(this EmailStatus value) => value switch
    {
        EmailStatus.Pending => "Waiting to send",
        EmailStatus.Sending => "Sending",
        EmailStatus.Sent => "Sent",
        EmailStatus.Failed => "Not sent",
        EmailStatus.Bounced => "Returned undelivered",
        _ => value.ToString(),
    };

    public static string Describe(this ImprovementActionStatus value) => value switch
    {
        ImprovementActionStatus.Planned => "Planned",
        ImprovementActionStatus.InProgress => "In progress",
        ImprovementActionStatus.Done => "Done",
        ImprovementActionStatus.Dropped => "Dropped",
        _ => value.ToString(),
    };

    public static string Describe(this ImprovementActionSource value) => value switch
    {
        ImprovementActionSource.Cases => "Complaints",
        ImprovementActionSource.OmbudsmanDecision => "Ombudsman decision",
        ImprovementActionSource.SpotCheck => "Spot check",
        _ => value.ToString(),
    };

    /// <summary>The question as the checklist asks it.</summary>
    public static string Describe(this SpotCheckQuestion value) => value switch
    {
        SpotCheckQuestion.RightClassification => "Was it classified rightly (a complaint, under the right procedure, area and category)?",
        SpotCheckQuestion.AcknowledgedInTime => "Was it acknowledged in time?",
        SpotCheckQuestion.AnsweredInTime => "Was it answered in time (or the extension explained to the complainant)?",
        SpotCheckQuestion.CoversEveryPoint => "Does the response cover every point the complainant raised?",
        SpotCheckQuestion.SaysHowToEscalate => "Does the response say how to escalate, and to the right Ombudsman?",
        SpotCheckQuestion.RemedyProportionate => "Was the remedy proportionate to the fault found?",
        SpotCheckQuestion.LearningCaptured => "Was the learning captured (root cause and lesson recorded)?",
        _ => value.ToString(),
    };

    /// <summary>The question in a few words, for tables.</summary>
    public static string ShortLabel(this SpotCheckQuestion value) => value switch
    {
        SpotCheckQuestion.RightClassification => "Right classification",
        SpotCheckQuestion.AcknowledgedInTime => "Acknowledged in time",
        SpotCheckQuestion.AnsweredInTime => "Answered in time",
        SpotCheckQuestion.CoversEveryPoint => "Covers every point",
        SpotCheckQuestion.SaysHowToEscalate => "Says how to escalate",
        SpotCheckQuestion.RemedyProportionate => "Remedy proportionate",
        SpotCheckQuestion.LearningCaptured => "Learning captured",
        _ => value.ToString(),
    };

    public static string Describe(this SpotCheckAnswer value) => value switch
    {
        SpotCheckAnswer.Yes => "Yes",
        SpotCheckAnswer.No => "No",
        SpotCheckAnswer.NotApplicable => "Not applicable",
        _ => value.ToString(),
    };

    public static string Describe(this CodeCompliance value) => value switch
    {
        CodeCompliance.Complies => "Complies",
        CodeCompliance.Partly => "Partly complies",
        CodeCompliance.DoesNotComply => "Does not comply",
        _ => value.ToString(),
    };

    public static string Describe(this OmbudsmanScheme scheme) => scheme switch
    {
        OmbudsmanScheme.LocalGovernment => "Local Government and Social Care Ombudsman",
        OmbudsmanScheme.Housing => "Housing Ombudsman",
        _ => scheme.ToString(),
    };
}
