using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.DemoData;

/// <summary>
/// Plays out each demo case through the aggregate, step by step, stopping at "now": older cases finish, recent
/// ones are caught mid-stage. The proportions (late, extended, escalated, with the Ombudsman) follow what
/// councils' published complaints reports show.
/// </summary>
internal sealed class CaseSimulator(SeedWorld world, WorkingDayCalendar calendar, DateTime now, Random random)
{
    private readonly DateOnly _today = UkTime.DateOf(now);
    private readonly List<Complainant> _people = [];
    private readonly Dictionary<(string Prefix, int Year), int> _numbers = [];

    public List<Complaint> Simulate(int days, double contactsPerWorkingDay)
    {
        var receipts = new List<DateTime>();
        for (var date = _today.AddDays(-days); date <= _today; date = date.AddDays(1))
        {
            if (!calendar.IsWorkingDay(date)) continue;
            var count = Poisson(contactsPerWorkingDay);
            for (var i = 0; i < count; i++)
            {
                var received = UkTime.ToUtc(date.ToDateTime(new TimeOnly(8, 30)).AddMinutes(random.Next(0, 9 * 60)));
                if (received < now) receipts.Add(received);
            }
        }

        receipts.Sort();
        return receipts.Select(Play).ToList();
    }

    private Complaint Play(DateTime receivedAt)
    {
        var seedArea = world.Areas[Weighted([24, 20, 12, 16, 9, 10, 9])];
        var area = seedArea.Area;
        var classification = (ContactClassification)Weighted([70, 14, 6, 5, 2, 3]);
        var procedure = world.Procedures.Single(p => p.Id == area.DefaultProcedureId);
        var subject = area.Subjects[random.Next(area.Subjects.Count)];
        if (subject.Name == "Freedom of information" && classification == ContactClassification.Complaint)
        {
            procedure = world.Procedures.Single(p => p.Code == "InformationRights");
        }

        var receivedOn = UkTime.DateOf(receivedAt);
        var prefix = ReferenceCounter.PrefixFor(classification);
        var number = _numbers[(prefix, receivedOn.Year)] = _numbers.GetValueOrDefault((prefix, receivedOn.Year)) + 1;
        var logger = Pick(world.WithRole(StaffRole.Officer, area).Concat(world.WithRole(StaffRole.TeamLeader, area)));
        var channel = classification == ContactClassification.MemberEnquiry ? Channel.CouncillorOrMp : (Channel)Weighted([34, 30, 8, 18, 4, 0, 6]);
        var partner = seedArea.Seed.Partner is { } p && random.NextDouble() < 0.35 ? p : null;
        var details = new Complaint.LogDetails(
            ReferenceCounter.Format(prefix, receivedOn.Year, number), classification, receivedAt, channel, area.Id, subject.Id,
            classification == ContactClassification.Complaint ? world.Categories[random.Next(world.Categories.Count)].Id : null,
            NextComplainant(), DemoText.Description(subject.Name, classification, random), DemoText.DesiredOutcome(classification, random), partner);
        var complaint = Complaint.Log(details, procedure, Act(logger), receivedAt, calendar);

        var teamLeader = Pick(world.WithRole(StaffRole.TeamLeader, area));
        var officer = Pick(world.WithRole(StaffRole.Officer, area));
        var allocatedAt = Later(receivedAt, random.Next(1, 30) * 60);
        if (random.NextDouble() < 0.92 && allocatedAt < now) complaint.Allocate(officer.Id, officer.DisplayName, Act(teamLeader), allocatedAt);

        if (classification != ContactClassification.Complaint)
        {
            var resolvedOn = calendar.AddWorkingDays(receivedOn, classification is ContactClassification.Compliment or ContactClassification.Comment ? 1 : random.Next(1, 12));
            var resolvedAt = At(resolvedOn);
            if (resolvedAt < now) complaint.Resolve(DemoText.Resolution(classification), Act(officer), resolvedAt);
            return complaint;
        }

        PlayStage(complaint, teamLeader, officer, stageResponder: teamLeader);
        return complaint;
    }

    private void PlayStage(Complaint complaint, StaffUser teamLeader, StaffUser officer, StaffUser stageResponder)
    {
        var stage = complaint.Stage!;
        var late = random.NextDouble() < 0.12;
        var ackOn = late ? calendar.AddWorkingDays(stage.AcknowledgementDue, random.Next(1, 4)) : Earlier(stage.AcknowledgementDue, stage.OpenedOn);
        var ackAt = Max(At(ackOn), Later(stage.OpenedAt, 60));
        if (ackAt >= now) return;
        var settings = complaint.Procedure.Stage(complaint.CurrentStage);
        DateOnly? agreed = settings.ResponseDateAgreedWithComplainant ? calendar.AddWorkingDays(ackOn, random.Next(20, 60)) : null;
        complaint.Acknowledge(Act(teamLeader), ackAt, calendar, agreed);

        if (random.NextDouble() < 0.03)
        {
            var withdrawnAt = Later(ackAt, random.Next(1, 8) * 24 * 60);
            if (withdrawnAt < now) complaint.Withdraw("The complainant said the matter had been sorted out and asked us to close it.", Act(officer), withdrawnAt);
            return;
        }

        if (settings.MaxExtensionWorkingDays > 0 && random.NextDouble() < 0.12)
        {
            var extendOn = calendar.AddWorkingDays(ackOn, 3);
            var extendAt = At(extendOn);
            if (extendAt >= now) return;
            var daysWanted = Math.Min(settings.MaxExtensionWorkingDays, random.Next(5, 11));
            complaint.Extend(daysWanted, DemoText.ExtensionReason(random), extendAt, Act(teamLeader), extendAt, calendar);
        }

        var due = stage.ResponseDue!.Value;
        var responseLate = random.NextDouble() < 0.18;
        var responseOn = responseLate ? calendar.AddWorkingDays(due, random.Next(1, 9)) : Earlier(due, ackOn);
        var responseAt = Max(At(responseOn), Later(complaint.UpdatedAt, 60));
        if (responseAt >= now) return;
        complaint.RecordResponse(ResponseFor(complaint), Act(stageResponder), responseAt, calendar);

        var lastStage = complaint.CurrentStage >= complaint.Procedure.StageCount;
        var escalates = !lastStage && random.NextDouble() < (complaint.Outcome == Outcome.Upheld ? 0.05 : 0.16);
        if (escalates)
        {
            var escalateAt = Later(responseAt, random.Next(3, 20) * 24 * 60);
            if (escalateAt >= now) return;
            complaint.Escalate(null, Act(officer), escalateAt, calendar);
            var head = Pick(world.Staff.Where(s => s.HasRole(StaffRole.HeadOfService) && s.ServiceAreas.Any(a => a.Id == complaint.ServiceAreaId)));
            PlayStage(complaint, teamLeader, officer, stageResponder: head);
            return;
        }

        var closeAt = Later(responseAt, random.Next(10, 60 * 24));
        if (closeAt >= now) return;
        complaint.Close(Act(teamLeader), closeAt);

        if (complaint.CurrentStage >= 2 && random.NextDouble() < 0.22) PlayOmbudsman(complaint, teamLeader);
    }

    private void PlayOmbudsman(Complaint complaint, StaffUser teamLeader)
    {
        var admin = world.Staff.First(s => s.HasRole(StaffRole.ComplaintsAdmin));
        var enquiryAt = Later(complaint.ClosedAt!.Value, random.Next(30, 120) * 24 * 60);
        if (enquiryAt >= now) return;
        var reference = $"{random.Next(21, 26)} {random.Next(100, 999)} {random.Next(100, 999)}";
        complaint.ReferToOmbudsman(reference, UkTime.DateOf(enquiryAt), Act(admin), enquiryAt);
        var decidedAt = Later(enquiryAt, random.Next(40, 180) * 24 * 60);
        if (decidedAt >= now) return;
        var decision = (OmbudsmanDecision)Weighted([40, 15, 35, 10]);
        var decidedOn = UkTime.DateOf(decidedAt);
        if (decision == OmbudsmanDecision.FaultAndInjustice)
        {
            var complianceDue = calendar.AddWorkingDays(decidedOn, 20);
            complaint.RecordOmbudsmanDecision(decision, decidedOn, DemoText.OmbudsmanRemedy(random), complianceDue, Act(admin), decidedAt);
            var compliedOn = random.NextDouble() < 0.8 ? Earlier(complianceDue, decidedOn) : calendar.AddWorkingDays(complianceDue, random.Next(1, 10));
            var compliedAt = At(compliedOn);
            if (compliedAt < now) complaint.RecordRemedyCompliance(compliedOn, Act(teamLeader), compliedAt);
        }
        else
        {
            complaint.RecordOmbudsmanDecision(decision, decidedOn, null, null, Act(admin), decidedAt);
        }
    }

    private StageResponse ResponseFor(Complaint complaint)
    {
        var informal = complaint.Procedure.AllowsInformalResolution && complaint.CurrentStage == 1 && random.NextDouble() < 0.06;
        var outcome = informal ? Outcome.ResolvedInformally : (Outcome)Weighted([22, 30, 48]);
        if (!outcome.NeedsRootCauseAndLesson()) return new StageResponse(outcome);
        var redress = random.NextDouble() < 0.3 ? (decimal?)(random.Next(2, 40) * 25) : null;
        var (cause, lesson) = DemoText.RootCauseAndLesson(random);
        return new StageResponse(outcome, DemoText.Remedy(redress), redress, cause, lesson);
    }

    private Complainant NextComplainant()
    {
        // About one contact in six comes from someone who has been in touch before.
        if (_people.Count > 20 && random.NextDouble() < 0.16) return _people[random.Next(_people.Count)];
        var first = ReferenceDataCatalogue.FirstNames[random.Next(ReferenceDataCatalogue.FirstNames.Length)];
        var last = ReferenceDataCatalogue.LastNames[random.Next(ReferenceDataCatalogue.LastNames.Length)];
        var district = ReferenceDataCatalogue.PostcodeDistricts[random.Next(ReferenceDataCatalogue.PostcodeDistricts.Length)];
        var person = new Complainant(first, last)
        {
            Title = Pick(["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr"]),
            AddressLine1 = $"{random.Next(1, 180)} {ReferenceDataCatalogue.Streets[random.Next(ReferenceDataCatalogue.Streets.Length)]}",
            Town = ReferenceDataCatalogue.Towns[random.Next(ReferenceDataCatalogue.Towns.Length)],
            Postcode = $"{district} {random.Next(1, 9)}{(char)('A' + random.Next(0, 26))}{(char)('A' + random.Next(0, 26))}",
            Phone = random.NextDouble() < 0.85 ? $"07{random.Next(100, 999)} {random.Next(100000, 999999)}" : null,
            Email = random.NextDouble() < 0.7 ? $"{first}.{last}{random.Next(1, 99)}@example.org".ToLowerInvariant().Replace("'", "") : null,
            PreferredContactMethod = (PreferredContactMethod)Weighted([45, 40, 15]),
        };
        if (random.NextDouble() < 0.08)
        {
            person.ReasonableAdjustments = Pick(["Large print letters, please.", "Prefers phone calls in the afternoon; hard of hearing, speak clearly.", "Needs an interpreter (Polish).", "Dyslexic: please keep letters short and plain."]);
            person.NeedsLargePrint = person.ReasonableAdjustments.StartsWith("Large print", StringComparison.Ordinal);
        }

        if (random.NextDouble() < 0.05)
        {
            person.RepresentativeName = Pick(["Citizens Advice Ashbury", "Cllr Robert Allen", "Mrs Joan Carter (daughter)", "Shelter"]);
            person.RepresentativeContact = "via the complainant's address";
            person.ConsentToShareWithRepresentative = random.NextDouble() < 0.8;
        }

        _people.Add(person);
        return person;
    }

    private DateOnly Earlier(DateOnly due, DateOnly notBefore)
    {
        var span = Math.Max(0, calendar.WorkingDaysBetween(notBefore, due));
        var back = span == 0 ? 0 : random.Next(0, Math.Min(span, 5));
        var date = due;
        for (var i = 0; i < back; i++)
        {
            do date = date.AddDays(-1); while (!calendar.IsWorkingDay(date));
        }

        return date < notBefore ? notBefore : date;
    }

    private DateTime At(DateOnly date) => UkTime.ToUtc(date.ToDateTime(new TimeOnly(9, 0)).AddMinutes(random.Next(0, 8 * 60)));

    private static DateTime Later(DateTime after, int minutes) => after.AddMinutes(Math.Max(1, minutes));

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    private static Actor Act(StaffUser user) => new(user.Id, user.DisplayName);

    private T Pick<T>(IEnumerable<T> items)
    {
        var list = items as IReadOnlyList<T> ?? items.ToList();
        return list[random.Next(list.Count)];
    }

    private int Weighted(int[] weights)
    {
        var roll = random.Next(weights.Sum());
        for (var i = 0; i < weights.Length; i++)
        {
            if (roll < weights[i]) return i;
            roll -= weights[i];
        }

        return weights.Length - 1;
    }

    private int Poisson(double mean)
    {
        var limit = Math.Exp(-mean);
        var product = random.NextDouble();
        var count = 0;
        while (product > limit)
        {
            product *= random.NextDouble();
            count++;
        }

        return count;
    }
}
