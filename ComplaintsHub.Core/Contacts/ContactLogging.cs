using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Contacts;

/// <summary>Logs contacts from the "Log a contact" page: validation by field, a reference at once, never twice.</summary>
public sealed class ContactLogging(IDbContextFactory<ComplaintsDbContext> dbFactory, CalendarService calendars, TimeProvider clock)
{
    private const int MaxReferenceAttempts = 5;

    /// <summary>The longest field the search looks in: an email address (254 characters).</summary>
    private const int LongestSearchable = 254;

    /// <summary>Shorter than this, a reason for seeing someone's details says nothing a later reader could check.</summary>
    public const int MinRevealReasonLength = 10;

    /// <summary>What staff are told, on the page and by the refusal, while the council has no active service area.</summary>
    public const string NotSetUp = "ComplaintsHub is not set up yet: the complaints team must add the service areas first.";

    public async Task<ContactLogChoices> ChoicesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var areas = await db.ServiceAreas.AsNoTracking().Where(a => a.IsActive).OrderBy(a => a.Name)
            .Select(a => new { a.Id, a.Name, a.DefaultProcedureId, Partner = db.SharedServicePartners.Where(p => p.Id == a.PartnerId && p.IsActive).Select(p => p.Name).FirstOrDefault(), Subjects = a.Subjects.Where(s => s.IsActive).OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToList() })
            .ToListAsync(cancellationToken);
        var categories = await db.Categories.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
        var procedures = await db.Procedures.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Name).Select(p => new { p.Id, p.Name, p.Ombudsman }).ToListAsync(cancellationToken);
        return new ContactLogChoices(
            areas.Select(a => new AreaChoice(a.Id, a.Name, a.DefaultProcedureId, a.Partner, a.Subjects.Select(s => (s.Id, s.Name)).ToList())).ToList(),
            categories.Select(c => (c.Id, c.Name)).ToList(),
            procedures.Select(p => (p.Id, p.Name, p.Ombudsman)).ToList());
    }

    /// <summary>
    /// Finds people already on record by surname, postcode, phone number or email, as the officer types. Someone with no
    /// case this member of staff may see comes back limited (<see cref="ComplainantMatch.IsLimited"/>).
    /// </summary>
    public async Task<IReadOnlyList<ComplainantMatch>> FindComplainantsAsync(string? term, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        if (!staff.IsCaseworker) throw new PermissionDeniedException("Only council staff who handle cases may search for complainants.");
        term = term?.Trim();
        // Longer than the longest field searched (an email address) can match no one, and SQLite refuses LIKE patterns of
        // tens of thousands of characters rather than answering.
        if (string.IsNullOrEmpty(term) || term.Length < 2 || term.Length > LongestSearchable) return [];

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var visibility = await CaseVisibility.OfAsync(db, staff, cancellationToken);
        var visibleCases = visibility.Apply(db.Complaints.AsNoTracking());
        var people = db.Complainants.AsNoTracking().Where(c => c.AnonymisedAt == null);
        // Only the references of cases the person may see: another area's reference must not lead to its complainant's name.
        people = ComplainantSearch.Matching(people, term, visibleCases);
        return await MatchesAsync(db, people.OrderBy(c => c.LastName).ThenBy(c => c.FirstName).Take(8), visibility, revealed: false, cancellationToken);
    }

    /// <summary>
    /// A person's full details for someone who may not otherwise see them, once they have said why: the reason is written
    /// to the personal data access log before the details are read, and without a usable reason nothing is shown or written.
    /// </summary>
    public async Task<ComplainantReveal> RevealComplainantAsync(int complainantId, string? reason, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        if (!staff.IsCaseworker) throw new PermissionDeniedException("Only council staff who handle cases may see complainants' details.");
        if (RevealReasonProblem(reason) is { } problem) return new ComplainantReveal(null, problem);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var person = db.Complainants.AsNoTracking().Where(c => c.Id == complainantId && c.AnonymisedAt == null);
        if (!await person.AnyAsync(cancellationToken)) return new ComplainantReveal(null, "That person's record is no longer available: search again.");

        db.PersonalDataAccessLog.Add(new PersonalDataAccess(staff.Actor, complainantId, clock.GetUtcNow().UtcDateTime,
            PersonalDataPurpose.RevealedWhenLoggingAContact, reason!.Trim()));
        await db.SaveChangesAsync(cancellationToken);
        var visibility = await CaseVisibility.OfAsync(db, staff, cancellationToken);
        return new ComplainantReveal((await MatchesAsync(db, person, visibility, revealed: true, cancellationToken)).Single(), null);
    }

    /// <summary>What is wrong with a reason for seeing someone's details, or null when it will do.</summary>
    public static string? RevealReasonProblem(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason)) return "Say why you need this person's full details: it is kept in the access log.";
        if (reason.Any(ch => char.IsControl(ch) && ch is not ('\t' or '\n' or '\r')))
        {
            return "The reason contains characters that cannot be kept (pasted control characters): type it instead.";
        }

        var trimmed = reason.Trim();
        if (trimmed.Length > PersonalDataAccess.MaxReasonLength)
        {
            return $"Keep the reason to {PersonalDataAccess.MaxReasonLength} characters (this one has {trimmed.Length}).";
        }

        if (trimmed.Length < MinRevealReasonLength || trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length < 2)
        {
            return $"Give a fuller reason, in a few words of at least {MinRevealReasonLength} characters: what the caller needs and why their details matter to it.";
        }

        return null;
    }

    private static async Task<IReadOnlyList<ComplainantMatch>> MatchesAsync(ComplaintsDbContext db, IQueryable<Complainant> people, CaseVisibility visibility, bool revealed,
        CancellationToken cancellationToken)
    {
        var visibleCases = visibility.Apply(db.Complaints.AsNoTracking());
        var found = await people
            .Select(c => new
            {
                c.Id, Name = c.FirstName + " " + c.LastName, c.AddressLine1, c.Postcode, c.Phone, c.Email, c.ReasonableAdjustments,
                Visible = visibleCases.Count(k => k.ComplainantId == c.Id),
                All = db.Complaints.Count(k => k.ComplainantId == c.Id),
            })
            .ToListAsync(cancellationToken);
        return found.Select(c => revealed || visibility.SeesEveryCase || c.Visible > 0
                ? new ComplainantMatch(c.Id, c.Name.Trim(), c.AddressLine1, c.Postcode, c.Phone, c.Email, c.ReasonableAdjustments, c.Visible, c.All > c.Visible, false)
                : new ComplainantMatch(c.Id, c.Name.Trim(), null, OutwardCode(c.Postcode), null, null, null, 0, c.All > 0, true))
            .ToList();
    }

    /// <summary>"AB1" of "AB1 2CD": enough to tell two people of one name apart, not enough to find their door.</summary>
    private static string? OutwardCode(string? postcode) =>
        postcode is null ? null : postcode.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var outward, _] ? outward : null;

    public async Task<IReadOnlyDictionary<string, string>> ValidateAsync(ContactLogForm form, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string>();
        var now = clock.GetUtcNow().UtcDateTime;
        if (form.ReceivedDate is null)
        {
            errors[ContactLogFields.Received] = "Enter the date the contact was received.";
        }
        else
        {
            var received = ReceivedAtUtc(form);
            if (received > now.AddMinutes(5)) errors[ContactLogFields.Received] = "The date received cannot be in the future.";
            else if (received < now.AddYears(-2)) errors[ContactLogFields.Received] = "That is more than two years ago: check the date.";
        }

        if (string.IsNullOrWhiteSpace(form.Description)) errors[ContactLogFields.Description] = "Describe what the contact is about, in the caller's words where you can.";
        Limit(errors, ContactLogFields.Description, form.Description, TextLimits.Notes, "The description");
        Limit(errors, ContactLogFields.DesiredOutcome, form.DesiredOutcome, TextLimits.Notes, "What would put it right");
        Limit(errors, ContactLogFields.SharedServicePartner, form.SharedServicePartner, TextLimits.Label, "The partner's name");

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (form.ServiceAreaId is null)
        {
            errors[ContactLogFields.ServiceArea] = "Choose the service area.";
        }
        else if (!await db.ServiceAreas.AnyAsync(a => a.Id == form.ServiceAreaId && a.IsActive, cancellationToken))
        {
            errors[ContactLogFields.ServiceArea] = "That service area is no longer in use: choose another.";
        }
        else if (form.SubjectId is not null && !await db.Subjects.AnyAsync(s => s.Id == form.SubjectId && s.ServiceAreaId == form.ServiceAreaId, cancellationToken))
        {
            errors[ContactLogFields.Subject] = "That subject belongs to a different service area.";
        }
        else if (form.SubjectId is not null && !await db.Subjects.AnyAsync(s => s.Id == form.SubjectId && s.IsActive, cancellationToken))
        {
            errors[ContactLogFields.Subject] = "That subject is no longer in use: choose another.";
        }

        if (form.Classification == ContactClassification.Complaint && form.CategoryId is not null
            && !await db.Categories.AnyAsync(c => c.Id == form.CategoryId && c.IsActive, cancellationToken))
        {
            errors[ContactLogFields.Category] = "That category is no longer in use: choose another.";
        }

        if (form.ProcedureId is not null && !await db.Procedures.AnyAsync(p => p.Id == form.ProcedureId && p.IsActive, cancellationToken))
        {
            errors[ContactLogFields.Procedure] = "That procedure is no longer in use.";
        }

        ValidateComplainant(form, errors);
        if (form.ExistingComplainantId is { } id && !await db.Complainants.AnyAsync(c => c.Id == id && c.AnonymisedAt == null, cancellationToken))
        {
            errors[ContactLogFields.Complainant] = "That person's record is no longer available: search again or enter their details.";
        }

        return errors;
    }

    public async Task<ContactLogResult> LogAsync(ContactLogForm form, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        if (!staff.IsCaseworker) throw new PermissionDeniedException("Only council staff who handle cases may log contacts.");
        if (await FindSubmissionAsync(form.SubmissionId, cancellationToken) is { } earlier) return earlier;
        if (!await AnyActiveServiceAreaAsync(cancellationToken)) throw new NotSetUpException(NotSetUp);

        form.Clean();
        var errors = await ValidateAsync(form, cancellationToken);
        if (errors.Count > 0) return ContactLogResult.Invalid(errors);

        var calendar = await calendars.GetAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await StaffSessions.RequireLiveAsync(db, staff, clock, cancellationToken);
            var area = await db.ServiceAreas.AsNoTracking().SingleAsync(a => a.Id == form.ServiceAreaId, cancellationToken);
            var procedure = await db.Procedures.Include(p => p.Stages).SingleAsync(p => p.Id == (form.ProcedureId ?? area.DefaultProcedureId), cancellationToken);
            var complainant = form.ExistingComplainantId is { } existingId
                ? await db.Complainants.SingleAsync(c => c.Id == existingId, cancellationToken)
                : form.Complainant.IsEmpty ? null : NewComplainant(form.Complainant);
            var now = clock.GetUtcNow().UtcDateTime;
            var receivedAt = ReceivedAtUtc(form);
            var reference = await NextReferenceAsync(db, form.Classification, UkTime.DateOf(receivedAt).Year, cancellationToken);
            if (form.ExistingComplainantId is { } linkedId
                && !await (await CaseVisibility.OfAsync(db, staff, cancellationToken)).Apply(db.Complaints).AnyAsync(k => k.ComplainantId == linkedId, cancellationToken))
            {
                // The new case will show this person's details to whoever logged it, so the link is itself an access to record.
                db.PersonalDataAccessLog.Add(new PersonalDataAccess(staff.Actor, linkedId, now, PersonalDataPurpose.LinkedToNewCase,
                    "Logged a new contact from this person, who had no case in the logging officer's service areas.", reference));
            }

            var complaint = Complaint.Log(
                new Complaint.LogDetails(reference, form.Classification, receivedAt, form.Channel, area.Id, form.SubjectId,
                    form.Classification == ContactClassification.Complaint ? form.CategoryId : null, complainant,
                    form.Description!, form.DesiredOutcome, form.SharedServicePartner, form.SubmissionId),
                procedure, staff.Actor, now, calendar);
            db.Complaints.Add(complaint);
            if (form.InboxItemId is { } inboxItemId) await MarkEmailLoggedAsync(db, inboxItemId, form.InboxItemVersion, complaint, staff, now, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new ContactLogResult(complaint.Reference, complaint.Id, false, new Dictionary<string, string>());
            }
            catch (DbUpdateException) when (attempt < MaxReferenceAttempts)
            {
                // Either someone took the same reference number first (try the next), or this very form was saved
                // by an earlier click that finished first (return that).
                if (await FindSubmissionAsync(form.SubmissionId, cancellationToken) is { } saved) return saved;
            }
        }
    }

    /// <summary>The email the contact came from is kept with the new case, as its original; if someone dealt with it first, nothing is saved.</summary>
    private static async Task MarkEmailLoggedAsync(ComplaintsDbContext db, long inboxItemId, Guid? seenVersion, Complaint complaint, CurrentStaff staff, DateTime now,
        CancellationToken cancellationToken)
    {
        var item = await db.InboxItems.SingleOrDefaultAsync(i => i.Id == inboxItemId, cancellationToken) ?? throw new DomainException("That email is no longer in the inbox.");
        if (item.AlreadyHandledMessage() is { } handled) throw new ConcurrencyException(handled);
        if (seenVersion is { } version) db.Entry(item).Property(i => i.Version).OriginalValue = version;
        item.MarkLogged(complaint, staff.Actor, now);
        complaint.RecordEmailReceived(item.FromAddress, item.Subject, staff.Actor, now);
    }

    private async Task<bool> AnyActiveServiceAreaAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ServiceAreas.AnyAsync(a => a.IsActive, cancellationToken);
    }

    private async Task<ContactLogResult?> FindSubmissionAsync(Guid submissionId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var earlier = await db.Complaints.AsNoTracking().Where(c => c.SubmissionId == submissionId).Select(c => new { c.Id, c.Reference }).SingleOrDefaultAsync(cancellationToken);
        return earlier is null ? null : new ContactLogResult(earlier.Reference, earlier.Id, true, new Dictionary<string, string>());
    }

    private static async Task<string> NextReferenceAsync(ComplaintsDbContext db, ContactClassification classification, int year, CancellationToken cancellationToken)
    {
        var prefix = ReferenceCounter.PrefixFor(classification);
        var counter = await db.ReferenceCounters.SingleOrDefaultAsync(c => c.Prefix == prefix && c.Year == year, cancellationToken);
        if (counter is null)
        {
            counter = new ReferenceCounter(prefix, year);
            db.ReferenceCounters.Add(counter);
        }

        return counter.Next();
    }

    private static DateTime ReceivedAtUtc(ContactLogForm form) =>
        UkTime.ToUtc(form.ReceivedDate!.Value.Date + (form.ReceivedTime ?? TimeSpan.FromHours(9)));

    private static void Limit(Dictionary<string, string> errors, string field, string? text, int limit, string what)
    {
        if (TextLimits.IsOver(text, limit)) errors.TryAdd(field, TextLimits.TooLong(what, limit, text!.Length));
    }

    private static void ValidateComplainant(ContactLogForm form, Dictionary<string, string> errors)
    {
        if (form.ExistingComplainantId is not null) return;
        var person = form.Complainant;
        // Length first: a pasted screenful in the surname is better told as that than as "not a surname".
        Limit(errors, ContactLogFields.Title, person.Title, TextLimits.Title, "The title");
        Limit(errors, ContactLogFields.FirstName, person.FirstName, TextLimits.Name, "The first name");
        Limit(errors, ContactLogFields.LastName, person.LastName, TextLimits.Name, "The surname");
        Limit(errors, ContactLogFields.AddressLine1, person.AddressLine1, TextLimits.Address, "The address");
        Limit(errors, ContactLogFields.AddressLine2, person.AddressLine2, TextLimits.Address, "The address");
        Limit(errors, ContactLogFields.Town, person.Town, TextLimits.Town, "The town");
        Limit(errors, ContactLogFields.Postcode, person.Postcode, TextLimits.Postcode, "The postcode");
        Limit(errors, ContactLogFields.Phone, person.Phone, TextLimits.Phone, "The phone number");
        Limit(errors, ContactLogFields.Email, person.Email, TextLimits.Email, "The email address");
        Limit(errors, ContactLogFields.ReasonableAdjustments, person.ReasonableAdjustments, TextLimits.Adjustments, "The reasonable adjustments");
        Limit(errors, ContactLogFields.RepresentativeName, person.RepresentativeName, TextLimits.Name, "The representative's name");
        Limit(errors, ContactLogFields.RepresentativeContact, person.RepresentativeContact, TextLimits.Address, "The representative's contact details");
        if (person.IsEmpty)
        {
            if (form.Classification.NeedsSomeoneToReplyTo())
            {
                errors[ContactLogFields.Complainant] = "Find the person on record, or enter their surname and one way to contact them.";
            }

            return;
        }

        if (string.IsNullOrWhiteSpace(person.LastName)) errors.TryAdd(ContactLogFields.LastName, "Enter the person's surname.");
        if (string.IsNullOrWhiteSpace(person.Phone) && string.IsNullOrWhiteSpace(person.Email) && (string.IsNullOrWhiteSpace(person.AddressLine1) || string.IsNullOrWhiteSpace(person.Postcode)))
        {
            errors.TryAdd(ContactLogFields.Phone, "Enter a phone number, an email address, or an address with postcode, so we can reply.");
        }

        if (!string.IsNullOrWhiteSpace(person.Phone) && !ContactDetails.IsPhoneNumber(person.Phone)) errors.TryAdd(ContactLogFields.Phone, "That is not a UK phone number: it needs 10 or 11 digits.");
        if (!string.IsNullOrWhiteSpace(person.Email) && !ContactDetails.IsEmail(person.Email)) errors.TryAdd(ContactLogFields.Email, "That is not an email address (it needs an @ and a domain).");
        if (!string.IsNullOrWhiteSpace(person.Postcode) && !ContactDetails.IsUkPostcode(person.Postcode)) errors.TryAdd(ContactLogFields.Postcode, "That is not a UK postcode, e.g. AB1 2CD.");
    }

    private static Complainant NewComplainant(ComplainantForm form) => new(form.FirstName?.Trim() ?? "", form.LastName!.Trim())
    {
        Title = Tidy(form.Title),
        AddressLine1 = Tidy(form.AddressLine1),
        AddressLine2 = Tidy(form.AddressLine2),
        Town = Tidy(form.Town),
        Postcode = form.Postcode,
        Phone = form.Phone,
        Email = Tidy(form.Email),
        PreferredContactMethod = form.PreferredContactMethod,
        ReasonableAdjustments = Tidy(form.ReasonableAdjustments),
        NeedsLargePrint = form.NeedsLargePrint,
        RepresentativeName = Tidy(form.RepresentativeName),
        RepresentativeContact = Tidy(form.RepresentativeContact),
        ConsentToShareWithRepresentative = form.ConsentToShareWithRepresentative,
    };

    private static string? Tidy(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
