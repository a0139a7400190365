namespace ComplaintsHub.Benchmarks;

/// <summary>
/// About sixty descriptions written the way a call handler notes a complaint, by service area, with the street, the
/// month and the weeks filled in so that no two cases read quite alike; desired outcomes, notes and call summaries.
/// Only the damp and mould wording uses the word "mould".
/// </summary>
internal sealed class CaseStoryText(Random random)
{
    private static readonly string[] DampAndMould =
    [
        "Black mould in the children's bedroom reported in {month}; surveyor visited but no works have been booked.",
        "Damp in the bathroom keeps returning after the last treatment; tenant worried about her son's asthma.",
        "Mould growing behind the wardrobe and on the bedroom ceiling at {street}; clothes and bedding ruined.",
        "Condensation and damp throughout the flat since the windows were replaced; the extractor fan was never fitted.",
        "Reported mould in the kitchen and living room {weeks} weeks ago; told a damp survey would follow but nobody has called.",
        "Rising damp in the ground-floor flat; plaster is crumbling and there is a strong musty smell.",
        "Mouldy walls in the baby's room; the health visitor has written to say it is affecting the baby's breathing.",
        "Mould wash treatment done in {month} but the black mould came back within a fortnight.",
        "Water coming through the ceiling from the flat above has left damp patches and mould across the hallway.",
    ];

    private static readonly Dictionary<string, string[]> ByArea = new()
    {
        ["Housing"] =
        [
            "Reported a leaking kitchen tap three times since {month}; nobody has attended and the cupboard is now damaged.",
            "Operative did not turn up for the booked boiler repair and no one called to rearrange; no heating for {weeks} weeks.",
            "Noise and drug dealing from a neighbouring flat on {street} reported repeatedly; no action has been taken.",
            "Housing register banding was reduced without explanation after the medical assessment.",
            "Rent account shows arrears the tenant says were paid by Universal Credit in {month}.",
            "Temporary accommodation is far from the children's school and no review has been offered.",
            "Communal door entry system at {street} broken for {weeks} weeks; residents cannot get in after dark.",
            "Repairs contractor left the bathroom floor half finished and took the toilet away.",
        ],
        ["Waste & Recycling"] =
        [
            "Recycling bin missed four weeks running on {street}.",
            "Crew left the bin in the middle of the pavement again, blocking a wheelchair user.",
            "Paid for garden waste in {month} but still no sticker or collections.",
            "Booked bulky waste collection did not happen and the sofa is still on the drive.",
            "Fly-tipping in the lane behind {street} reported {weeks} weeks ago and still not cleared.",
            "Assisted collection agreed in {month} but crews keep missing it; the resident cannot move the bin.",
            "Ordered a replacement bin six weeks ago; still waiting and the old one is split.",
        ],
        ["Planning"] =
        [
            "Neighbour's extension approved without the objection from {street} being considered.",
            "Application has gone past its decision date with no update from the case officer.",
            "Reported an unauthorised building in {month} and has heard nothing since.",
            "Completion certificate still not issued months after the final inspection.",
            "Paid for pre-application advice and the written response came {weeks} weeks late.",
            "Site notice for the development on {street} was never put up, so nobody could comment.",
            "Enforcement case closed without a site visit although the fence is still over the boundary.",
        ],
        ["Revenues & Benefits"] =
        [
            "Single person discount removed without warning and a new bill issued in {month}.",
            "Council Tax bill sent to the old address after moving; now has a summons.",
            "Housing Benefit claim submitted in {month} still not assessed; landlord is threatening eviction.",
            "Overpayment letter does not explain how the amount was worked out.",
            "Change of circumstances reported but the Council Tax Support was not recalculated.",
            "Enforcement agent visited without any reminder being received.",
            "Small business rate relief not applied despite the form being returned in {month}.",
        ],
        ["Environmental Health"] =
        [
            "Reported loud music at night from a neighbour on {street} several times; diary sheets sent, no reply.",
            "Reported a takeaway for hygiene concerns and was not told what happened.",
            "Paid for rat treatment; the contractor did not attend either appointment.",
            "Bonfires from a neighbouring allotment every weekend; no action taken.",
            "Taxi licence renewal delayed for {weeks} weeks so the driver cannot work.",
            "Barking dog complaint closed while the problem continues every night.",
            "Wasps' nest treatment failed and a second visit was refused.",
        ],
        ["Parking"] =
        [
            "Penalty charge notice issued on {street} while the caller was loading, with the hazard lights on.",
            "Appeal against a parking ticket not answered within the time promised.",
            "Pay machine at the leisure centre car park has been broken for {weeks} weeks.",
            "Potholes in the town centre car park damaged a tyre; claim form never acknowledged.",
            "Resident permit renewal paid in {month} but the permit never arrived and a ticket followed.",
            "Civil enforcement officer was rude and filmed the caller outside the school.",
            "Blue badge holder ticketed in a disabled bay with the badge clearly displayed.",
        ],
        ["Customer Services"] =
        [
            "Waited 45 minutes on the phone and was cut off twice.",
            "Promised call back in {month} never came.",
            "Online form lost all the information at the last step.",
            "Payment taken online but no confirmation email received.",
            "Reception closed without notice during advertised opening hours.",
            "Freedom of information request not answered within 20 working days.",
            "Was passed between four departments and nobody would take ownership.",
        ],
    };

    private static readonly string[] Generic =
    [
        "Unhappy with how the council dealt with a request made in {month}.",
        "Has written three times since {month} and had no reply.",
        "Staff member was dismissive on the phone and would not give their name.",
    ];

    private static readonly string[] Outcomes =
    [
        "Put it right and an apology.", "Wants the work done within two weeks and compensation for the damage.", "An explanation and assurance it will not happen again.",
        "Refund of the charge.", "Wants a manager to review the decision.", "Wants the bill corrected and the summons withdrawn.", "A named officer to deal with it from now on.",
        "Compensation for the time off work waiting in.", "Wants the repair finished and the mess cleared up.", "The ticket cancelled.", "A written apology.",
        "Move to a home that is not damp.",
    ];

    private static readonly string[] Notes =
    [
        "Surveyor's visit booked for next week; tenant asked for a morning slot.", "Chased the contractor for an update; they will reply by Friday.",
        "Checked the payment records: the payment was received and allocated to the wrong account.", "Team leader reviewed the file and agreed the apology.",
        "Photos received by email and added to the file.", "Asked the service for its records of the visits in {month}.",
        "Complainant's councillor asked for an update; replied with the expected date.", "Works order raised; job number sent to the tenant.",
        "Spoke to the crew supervisor: the round was re-planned and the street dropped off the sheet.", "Evidence reviewed; the decision stands but the letter was unclear.",
        "Goodwill payment of £50 agreed with the service manager.", "Interpreter needed for the next call: Polish.",
    ];

    private static readonly string[] Calls =
    [
        "explained the delay and agreed to call back on Monday.", "complainant unhappy with the proposed date; asked for a manager to call.",
        "confirmed the works were finished and the complainant is satisfied.", "left a voicemail asking for a call back.",
        "talked through the investigation so far; complainant wants it in writing.", "agreed a visit; complainant will be in all day.",
        "complainant says the problem has come back since {month}.", "apologised for the missed appointment and rebooked it.",
        "explained how to take it to Stage 2 if still unhappy.", "complainant's daughter called on her behalf with consent on file.",
    ];

    public string Damp() => Fill(DampAndMould[random.Next(DampAndMould.Length)]);

    public string Description(string area)
    {
        var options = ByArea.TryGetValue(area, out var list) && random.NextDouble() < 0.95 ? list : Generic;
        return Fill(options[random.Next(options.Length)]);
    }

    public string? DesiredOutcome() => random.NextDouble() < 0.85 ? Outcomes[random.Next(Outcomes.Length)] : null;

    public string Note() => Fill(Notes[random.Next(Notes.Length)]);

    public string CallSummary() => Fill(Calls[random.Next(Calls.Length)]);

    private string Fill(string template) => template
        .Replace("{month}", System.Globalization.CultureInfo.GetCultureInfo("en-GB").DateTimeFormat.GetMonthName(random.Next(1, 13)))
        .Replace("{street}", BenchmarkPeople.Streets[random.Next(BenchmarkPeople.Streets.Length)])
        .Replace("{weeks}", random.Next(2, 9).ToString(System.Globalization.CultureInfo.InvariantCulture));
}
