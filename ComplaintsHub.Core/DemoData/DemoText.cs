using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.DemoData;

/// <summary>Plausible case text for demo data, written the way a call handler would note it.</summary>
internal static class DemoText
{
    private static readonly Dictionary<string, string[]> BySubject = new()
    {
        ["Repairs"] = ["Reported a leaking kitchen tap three times since {m}; nobody has attended and the cupboard is now damaged.", "Operative did not turn up for the booked boiler repair and no one called to rearrange."],
        ["Damp and mould"] = ["Black mould in the children's bedroom reported in {m}; surveyor visited but no works have been booked.", "Damp in the bathroom keeps returning after the last treatment; tenant worried about asthma."],
        ["Anti-social behaviour"] = ["Noise and drug dealing from a neighbouring flat reported repeatedly; caller says no action has been taken.", "ASB case closed without the caller being told the outcome."],
        ["Allocations and lettings"] = ["Housing register banding was reduced without explanation.", "Waited weeks for a decision on a medical priority request."],
        ["Rent and service charges"] = ["Service charge bill includes cleaning that has not been done.", "Rent account shows arrears the tenant says were paid by Universal Credit."],
        ["Homelessness"] = ["Temporary accommodation is far from the children's school and no review has been offered.", "Caller was told to come back another day when presenting as homeless."],
        ["Missed bin collection"] = ["Recycling bin missed four weeks running on {street}.", "Crew left the bin in the middle of the pavement again, blocking a wheelchair user."],
        ["Garden waste subscription"] = ["Paid for garden waste in {m} but still no sticker or collections.", "Subscription renewal charged twice."],
        ["Bulky waste"] = ["Booked bulky waste collection did not happen and the items are still on the drive.", "Was charged for three items but only one was taken."],
        ["Fly-tipping"] = ["Fly-tipping in the lane behind {street} reported a month ago and still not cleared.", "Enforcement letter received for waste the caller says is not theirs."],
        ["Assisted collection"] = ["Assisted collection agreed in {m} but crews keep missing it; the resident cannot move the bin.", "Assisted collection removed without notice after a round change."],
        ["Bin replacement"] = ["Ordered a replacement bin six weeks ago; still waiting.", "Delivered the wrong size of bin and charged for it."],
        ["Planning application"] = ["Neighbour's extension approved without the caller's objection being considered.", "Application has gone past its decision date with no update from the case officer."],
        ["Enforcement"] = ["Reported an unauthorised building in {m} and has heard nothing since.", "Enforcement case closed without a site visit."],
        ["Building control"] = ["Completion certificate still not issued months after the final inspection.", "Inspector missed two booked visits."],
        ["Pre-application advice"] = ["Paid for pre-application advice and the written response came after the deadline promised.", "Advice given was contradicted when the application was decided."],
        ["Council Tax billing"] = ["Single person discount removed without warning and a new bill issued.", "Bill sent to the wrong address after moving; now has a reminder."],
        ["Council Tax recovery"] = ["Summons issued while a payment arrangement was in place.", "Enforcement agent visited without the caller receiving any reminder."],
        ["Housing Benefit"] = ["Claim submitted in {m} still not assessed; landlord is threatening eviction.", "Overpayment letter does not explain how the amount was worked out."],
        ["Council Tax Support"] = ["Change of circumstances reported but the support was not recalculated.", "Application form kept crashing on the website."],
        ["Business rates"] = ["Small business rate relief not applied despite the form being returned.", "Refund of overpaid rates promised in {m} not received."],
        ["Noise nuisance"] = ["Reported loud music at night from a neighbour several times; diary sheets sent, no reply.", "Noise case closed while the problem continues."],
        ["Food safety"] = ["Reported a takeaway for hygiene concerns and was not told what happened.", "Food business says the hygiene rating re-visit has not been booked."],
        ["Pest control"] = ["Paid for rat treatment; contractor did not attend.", "Wasps' nest treatment failed and a second visit was refused."],
        ["Air quality"] = ["Bonfires from a neighbouring allotment every weekend; no action taken.", "Caller concerned about idling coaches outside the school."],
        ["Licensing"] = ["Taxi licence renewal delayed so the driver cannot work.", "Objection to a premises licence not acknowledged."],
        ["Penalty charge notice"] = ["PCN issued while the caller was loading, with the hazard lights on.", "Appeal against a PCN not answered within the time promised."],
        ["Car park maintenance"] = ["Pay machine at the leisure centre car park has been broken for weeks.", "Potholes in the town centre car park damaged a tyre."],
        ["Resident permits"] = ["Permit renewal paid but the permit never arrived and a PCN followed.", "Online permit system would not accept a valid address."],
        ["Enforcement officer conduct"] = ["Civil enforcement officer was rude and filmed the caller.", "Officer refused to show identification."],
        ["Contact centre"] = ["Waited 45 minutes on the phone and was cut off twice.", "Promised call back never came."],
        ["Website and online forms"] = ["Online form lost all the information at the last step.", "Payment taken but no confirmation email received."],
        ["Reception"] = ["Reception closed without notice during advertised opening hours.", "No private room available to discuss a sensitive matter."],
        ["Freedom of information"] = ["FOI request not answered within 20 working days.", "Internal review requested: information withheld without the exemption being explained."],
    };

    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string Description(string subject, ContactClassification classification, Random random)
    {
        if (classification == ContactClassification.Compliment) return $"Caller wanted to thank the {subject.ToLowerInvariant()} team for sorting things out so quickly.";
        if (classification == ContactClassification.Comment) return $"Suggestion about {subject.ToLowerInvariant()}: clearer information on the website would have saved a phone call.";
        if (classification == ContactClassification.GeneralEnquiry) return $"Asked how {subject.ToLowerInvariant()} works and what the timescales are.";
        var options = BySubject.TryGetValue(subject, out var list) ? list : [$"Unhappy with the {subject.ToLowerInvariant()} service."];
        var text = options[random.Next(options.Length)]
            .Replace("{m}", Months[random.Next(Months.Length)])
            .Replace("{street}", ReferenceDataCatalogue.Streets[random.Next(ReferenceDataCatalogue.Streets.Length)]);
        return classification switch
        {
            ContactClassification.ServiceRequest => $"Request for service: {text}",
            ContactClassification.MemberEnquiry => $"Councillor writing on behalf of a resident: {text}",
            _ => text,
        };
    }

    public static string? DesiredOutcome(ContactClassification classification, Random random) => classification switch
    {
        ContactClassification.Complaint => new[] { "Put it right and an apology.", "Wants the work done within two weeks and compensation for the damage.", "An explanation and assurance it will not happen again.", "Refund of the charge.", "Wants a manager to review the decision." }[random.Next(5)],
        ContactClassification.ServiceRequest or ContactClassification.MemberEnquiry => "Wants the service provided.",
        _ => null,
    };

    public static string Resolution(ContactClassification classification) => classification switch
    {
        ContactClassification.ServiceRequest => "Passed to the service, which completed the request.",
        ContactClassification.GeneralEnquiry => "Answered on the phone.",
        ContactClassification.Compliment => "Passed to the team and their manager.",
        ContactClassification.Comment => "Passed to the service manager for consideration.",
        ContactClassification.MemberEnquiry => "Response sent to the councillor.",
        _ => "Dealt with.",
    };

    public static string ExtensionReason(Random random) => new[]
    {
        "Waiting for the contractor's records of the visits.",
        "The investigating officer needs to interview staff who are on leave.",
        "The shared-service partner has not yet provided its account.",
        "The complaint raises several separate issues that need a site visit.",
    }[random.Next(4)];

    public static (string Cause, string Lesson) RootCauseAndLesson(Random random) => new[]
    {
        ("Job was closed on the system without the work being done.", "Jobs are now closed only with the operative's completion photo."),
        ("Letters were sent to an old address held in a second system.", "Address changes now update both systems the same day."),
        ("No cover was arranged while the case officer was on leave.", "Team leaders now reassign cases before planned leave."),
        ("The round change was not communicated to residents with assisted collections.", "Assisted collection list checked before every round change."),
        ("Staff were not aware of the payment arrangement when recovery was started.", "Recovery now checks for arrangements before a summons is requested."),
    }[random.Next(5)];

    public static string Remedy(decimal? redress) =>
        redress is { } pounds ? $"Apology, the work put right, and a payment of £{pounds:0.00} for time and trouble." : "Apology and the service put right.";

    public static string OmbudsmanRemedy(Random random) => new[]
    {
        "Apologise and pay £250 for distress and uncertainty.",
        "Complete the outstanding repairs and pay £400.",
        "Review the decision and remind staff of the procedure.",
    }[random.Next(3)];
}
