using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Letters;

/// <summary>
/// The complete default set the complaints team starts from: plain English, one template per letter type that works
/// for every procedure (the Ombudsman and timescales come from the case's procedure).
/// </summary>
public static class DefaultLetterTemplates
{
    private const string Opening = """
        {{ complainant.name }}
        {{ complainant.address }}
        {% if complainant.representative != "" %}
        Copy to your representative: {{ complainant.representative }}
        {% endif %}

        Our reference: {{ case.reference }}

        {{ complainant.salutation }}


        """;

    // Starts with a blank line so the sign-off is never run on into the letter's last paragraph.
    private const string SignOff = """


        Yours sincerely

        {{ officer.name }}
        {{ officer.job_title }}
        For {{ council.name }}
        """;

    private const string Ombudsman = """
        ## If you are still unhappy
        You can ask the {{ ombudsman.name }} to look at your complaint. The Ombudsman is free, independent and impartial. You should normally contact them within {{ ombudsman.time_limit }} of becoming aware of the problem. Their website is {{ ombudsman.website }}.
        """;

    /// <summary>The findings, decision and remedy: the same content rules at every stage.</summary>
    private const string Findings = """
        ## What we found
        {% for point in response.points %}
        - {{ point.issue }}: {{ point.decision }}. {{ point.reasons }}
        {% endfor %}

        Our decision is that your complaint is {{ response.decision }}. {{ response.reasons }}

        ## Putting things right
        {{ response.remedy }}
        {% if response.financial_redress != "" %}
        We will pay you {{ response.financial_redress }}.
        {% endif %}
        {% for action in response.outstanding_actions %}
        - We will {{ action.what }} by {{ action.by }}.
        {% endfor %}

        """;

    public static IReadOnlyDictionary<LetterType, string> All { get; } = new Dictionary<LetterType, string>
    {
        [LetterType.Acknowledgement] = Opening + """
            # We have received your complaint

            Thank you for contacting us on {{ case.received }} about {{ case.service_area }}. We are treating this as a formal complaint under Stage {{ case.stage }} of our complaints procedure.

            ## What you told us
            {{ case.summary }}

            ## What happens next
            We will look into your complaint and send you our response by {{ case.response_due }}. If we need more time we will tell you why and give you a new date.

            If we have misunderstood your complaint, or you have more information, please reply quoting {{ case.reference }}.
            """ + SignOff,

        [LetterType.Stage1Response] = Opening + """
            # Our response to your complaint

            Thank you for your complaint about {{ case.service_area }}, which we received on {{ case.received }}. This is our Stage 1 response.

            ## What you told us
            {{ case.summary }}

            """ + Findings + """
            ## If you are not satisfied
            If you are not satisfied with this response you can ask for your complaint to go to Stage 2, where a senior manager who has not been involved will review it. Please ask by {{ escalation.deadline }}. {{ escalation.how }}
            """ + SignOff,

        [LetterType.Stage2Acknowledgement] = Opening + """
            # We have received your request for a Stage 2 review

            You asked us to review your complaint at Stage 2. A senior manager who was not involved at Stage 1 will look at it again.

            We will send you our response by {{ case.response_due }}. If we need more time we will tell you why and give you a new date.
            """ + SignOff,

        [LetterType.Stage2Response] = Opening + """
            # Our Stage 2 response

            This is our final response to your complaint about {{ case.service_area }}.

            """ + Findings + Ombudsman + SignOff,

        [LetterType.ExtensionNotice] = Opening + """
            # We need more time to respond

            We are sorry, but we need more time to respond to your complaint properly. {{ extension.reason }}

            We will now respond by {{ extension.new_due }}.

            If you are unhappy that we need more time, you can contact the {{ ombudsman.name }} now; you do not have to wait for our response.
            """ + SignOff,

        [LetterType.EscalationInformation] = Opening + """
            # How to take your complaint further

            If you are not satisfied with our response, you can ask us to review it. {{ escalation.how }}

            """ + Ombudsman + SignOff,

        [LetterType.NotAComplaint] = Opening + """
            # Your request

            Thank you for contacting us about {{ case.service_area }}. We have recorded this as a request for a service rather than a complaint, and we have passed it to the team who can help (our reference {{ case.reference }}).

            If the service is not provided, or you are unhappy with how we deal with your request, you can then make a complaint and we will look into it.
            """ + SignOff,
    };
}
