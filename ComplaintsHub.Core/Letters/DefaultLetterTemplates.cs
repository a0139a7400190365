using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Letters;

/// <summary>
/// The default letters: one set for all procedures, and one set for each default procedure naming its own route
/// (corporate and the LGSCO, housing and the Housing Ombudsman's Complaint Handling Code, the statutory adult and
/// children's social care procedures, information rights and the ICO). Every letter follows the Code's content rules:
/// dated, the reference, who to contact, the greeting from title and surname, and for a response the stage, the
/// complaint as understood, the decision on each point with reasons, the remedy, the actions still to do with dates,
/// and how to escalate with the last date to do so. Plain English, written to the complainant.
/// </summary>
public static class DefaultLetterTemplates
{
    /// <summary>The codes of the default procedures that have their own letters.</summary>
    public static readonly IReadOnlyList<string> ProcedureCodes = ["Corporate", Procedure.HousingCode, "AdultSocialCare", "ChildrensSocialCare", "InformationRights"];

    /// <summary>The set used for any procedure without its own letters (a procedure a council adds).</summary>
    public static IReadOnlyDictionary<LetterType, string> All { get; } = Enum.GetValues<LetterType>().ToDictionary(t => t, t => For(t, null));

    /// <summary>The default letter of this type for the procedure with this code (null: for every procedure).</summary>
    public static string For(LetterType type, string? procedureCode)
    {
        var route = Route(procedureCode);
        return Opening + type switch
        {
            LetterType.Acknowledgement => $$$"""
                # We have received your complaint

                Thank you for contacting us on {{ case.received }} about {{ case.service_area }}. We are treating this as a formal complaint at Stage {{ case.stage }} of our {{{route.ProcedureName}}}.

                ## What you told us
                {{ case.summary }}
                {% if case.desired_outcome != "" %}
                You would like us to: {{ case.desired_outcome }}
                {% endif %}

                {{{route.AcknowledgementNote}}}

                ## What happens next
                We will look into your complaint and send you our response by {% if case.response_due != "" %}{{ case.response_due }}{% else %}the date we agree with you{% endif %}. If we need more time we will tell you why and give you a new date.

                If we have misunderstood your complaint, or you have more information, please contact {{ contact.name }} quoting {{ case.reference }}.
                """,
            LetterType.Stage1Response => $$$"""
                # Our Stage {{ case.stage }} response to your complaint

                Thank you for your complaint about {{ case.service_area }}, which we received on {{ case.received }}. This is our response at Stage {{ case.stage }} of our {{{route.ProcedureName}}}.

                """ + Findings + TakingItFurther(route) + $$$"""
                {{{route.AfterResponse}}}
                """,
            LetterType.Stage2Acknowledgement => $$$"""
                # We have received your request for a Stage {{ case.stage }} review

                You asked us to look at your complaint again at Stage {{ case.stage }} of our {{{route.ProcedureName}}}. {{{route.ReviewBy}}}

                We will send you our response by {{ case.response_due }}. If we need more time we will tell you why and give you a new date.

                If you would like to add anything, please contact {{ contact.name }} quoting {{ case.reference }}.
                """,
            LetterType.Stage2Response => $$$"""
                # Our Stage {{ case.stage }} response to your complaint

                Thank you for asking us to look at your complaint about {{ case.service_area }} again. This is our response at Stage {{ case.stage }} of our {{{route.ProcedureName}}}.

                """ + Findings + TakingItFurther(route),
            LetterType.ExtensionNotice => $$$"""
                # We need more time to respond

                We are sorry, but we need more time to respond to your complaint properly. {{ extension.reason }}

                We will now respond by {{ extension.new_due }}.

                If you are unhappy that we need more time, you can contact the {{ ombudsman.name }} now; you do not have to wait for our response. Their website is {{ ombudsman.website }}.
                """,
            LetterType.EscalationInformation => $$$"""
                # How to take your complaint further

                {% if escalation.deadline != "" %}
                If you are not satisfied with our response, you can ask us to look at your complaint again by {{ escalation.deadline }}. {{ escalation.how }}
                {% else %}
                If you are not satisfied with our response, please tell us: {{ escalation.how }}
                {% endif %}

                {{{route.Ombudsman}}}
                """,
            _ => """
                # Your request

                Thank you for contacting us about {{ case.service_area }}. We have recorded this as a request for a service rather than a complaint, and we have passed it to the team who can help (our reference {{ case.reference }}).

                If the service is not provided, or you are unhappy with how we deal with your request, you can then make a complaint and we will look into it.
                """,
        } + SignOff;
    }

    // The contact lines sit inside their condition so that a council without a phone number leaves no empty line.
    private const string Opening = """
        {{ complainant.name }}
        {{ complainant.address }}
        {% if complainant.representative != "" %}
        Copy to your representative: {{ complainant.representative }}
        {% endif %}

        Date: {{ letter.date }}
        Our reference: {{ case.reference }}
        Please ask for: {{ contact.name }}{% if contact.phone != "" %}
        Telephone: {{ contact.phone }}{% endif %}{% if contact.email != "" %}
        Email: {{ contact.email }}{% endif %}

        {{ complainant.salutation }}


        """;

    // Starts with a blank line so the sign-off is never run on into the letter's last paragraph.
    private const string SignOff = """


        {% if complainant.salutation == "Dear Sir or Madam" %}Yours faithfully{% else %}Yours sincerely{% endif %}

        {{ officer.name }}
        {{ officer.job_title }}
        For {{ council.name }}
        """;

    /// <summary>The complaint as understood, the decision on each point and the remedy: the same content rules at every stage.</summary>
    private const string Findings = """
        ## What you told us
        {{ case.summary }}

        ## Our decision on each point
        {% for point in response.points %}
        - {{ point.issue }}: {{ point.decision }}. {{ point.reasons }}
        {% endfor %}

        Overall, our decision is that your complaint is {{ response.decision }}. {{ response.reasons }}

        ## Putting things right
        {{ response.remedy }}
        {% if response.financial_redress != "" %}
        We will pay you {{ response.financial_redress }}.
        {% endif %}
        {% for action in response.outstanding_actions %}{% if forloop.first %}
        ## What we will do next
        | What we will do | By | Who |{% endif %}
        | {{ action.what }} | {{ action.by }} | {{ action.who }} |{% endfor %}

        """;

    /// <summary>After a response: the next stage and the last date to ask for it, or after the last stage the Ombudsman.</summary>
    private static string TakingItFurther(ProcedureRoute route) => $$$"""
        {% if escalation.deadline != "" %}
        ## If you are not satisfied
        {{{route.NextStage}}} Please ask by {{ escalation.deadline }}, telling us why you are not satisfied. {{ escalation.how }}
        {% else %}
        {{{route.Ombudsman}}}
        {% endif %}

        """;

    private static ProcedureRoute Route(string? procedureCode) => procedureCode switch
    {
        "Corporate" => new(
            "corporate complaints procedure",
            "",
            "You can ask for your complaint to go to Stage 2, where a senior manager who has not been involved will review it.",
            "A senior manager who was not involved at Stage 1 will review your complaint.",
            LgscoParagraph,
            ""),
        Procedure.HousingCode => new(
            "housing complaints procedure, which follows the Housing Ombudsman's Complaint Handling Code",
            "The Housing Ombudsman's Complaint Handling Code asks us to set out our understanding of your complaint and the outcome you are looking for, as we have above. Please tell us if we have got anything wrong.",
            "You can ask for your complaint to be escalated to Stage 2 of our housing complaints procedure, where a senior manager who has not been involved will review it.",
            "A senior manager who was not involved at Stage 1 will review your complaint.",
            """
            ## The Housing Ombudsman
            This is our final response under the Housing Ombudsman's Complaint Handling Code. If you remain dissatisfied you can refer your complaint to the {{ ombudsman.name }}, which is free, independent and impartial. You must do so within {{ ombudsman.time_limit }} of this final response, that is by {{ ombudsman.deadline }}. Their website is {{ ombudsman.website }}.
            """,
            "You can also contact the {{ ombudsman.name }} for advice at any time while your complaint is with us: {{ ombudsman.website }}."),
        "AdultSocialCare" => new(
            "adult social care complaints procedure (the Local Authority Social Services and National Health Service Complaints (England) Regulations 2009)",
            "Under this statutory procedure we will agree with you how we will look into your complaint and when we will respond. If you would like help to make your complaint, an independent advocate may be able to support you: please ask us.",
            "You can ask us to look at your complaint again.",
            "A senior manager who was not involved before will look at your complaint again.",
            """
            ## If you are still unhappy
            This is our final response under the statutory adult social care complaints procedure. If you are still unhappy you can ask the {{ ombudsman.name }} to look at your complaint. The Ombudsman is free, independent and impartial. You should normally contact them within {{ ombudsman.time_limit }} of becoming aware of the problem. Their website is {{ ombudsman.website }}.
            """,
            ""),
        "ChildrensSocialCare" => new(
            "children's social care complaints procedure (the Children Act 1989 Representations Procedure (England) Regulations 2006)",
            "Children and young people have the right to an independent advocate to help them make a complaint: please ask us and we will arrange one.",
            "{% if case.stage == \"1\" %}You can ask for your complaint to go to Stage 2, where an Investigating Officer and an Independent Person, neither of whom has been involved, will investigate it.{% else %}You can ask for your complaint to go to Stage 3, where an independent Review Panel will consider it.{% endif %}",
            "{% if case.stage == \"3\" %}An independent Review Panel will consider your complaint.{% else %}An Investigating Officer and an Independent Person, neither of whom has been involved before, will investigate your complaint.{% endif %}",
            """
            ## If you are still unhappy
            You have now completed the statutory children's social care complaints procedure. If you are still unhappy you can ask the {{ ombudsman.name }} to look at your complaint. The Ombudsman is free, independent and impartial. You should normally contact them within {{ ombudsman.time_limit }} of becoming aware of the problem. Their website is {{ ombudsman.website }}.
            """,
            ""),
        "InformationRights" => new(
            "information rights procedure (an internal review of how we handled your request)",
            "We will review how we handled your request under the Freedom of Information Act 2000, the Environmental Information Regulations 2004 or data protection law, as applies to it.",
            "You can ask us to review our decision again.",
            "Someone who was not involved in the original decision will carry out the review.",
            """
            ## If you are still unhappy
            This is the end of our internal review. If you are still unhappy you can complain to the {{ ombudsman.name }}, the independent regulator for information rights. You should do so within {{ ombudsman.time_limit }} of this letter, that is by {{ ombudsman.deadline }}. Their website is {{ ombudsman.website }}.
            """,
            ""),
        _ => new(
            "complaints procedure",
            "",
            "You can ask for your complaint to go to the next stage of our complaints procedure, where someone who has not been involved will review it.",
            "Someone who was not involved before will review your complaint.",
            LgscoParagraph,
            ""),
    };

    private const string LgscoParagraph = """
        ## If you are still unhappy
        This is our final response. If you are still unhappy you can ask the {{ ombudsman.name }} to look at your complaint. The Ombudsman is free, independent and impartial. You should normally contact them within {{ ombudsman.time_limit }} of becoming aware of the problem. Their website is {{ ombudsman.website }}.
        """;
}
