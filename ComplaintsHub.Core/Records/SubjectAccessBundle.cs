using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Documents;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Word;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Records;

/// <summary>
/// The subject access bundle: one zip holding a readable summary (summary.docx: the person's details under each record, every
/// case with its stages, decisions, timeline, notes and calls, promises, Ombudsman enquiries, emails and risk flags, and the
/// access log for the person), and every letter and document as issued or received. Staff names are replaced by "a member of
/// staff" unless the council chose to include them; the letters stay exactly as they were sent.
/// </summary>
internal static class SubjectAccessBundle
{
    public const string SummaryFile = "summary.docx";
    public const string PersonTable = "sar-person";
    public const string AccessLogTable = "sar-access-log";
    public const string StaffPlaceholder = "A member of staff";
    public const string ThirdPartyWarning = "Check before sending:";

    public static string TimelineTable(string reference) => $"sar-timeline-{reference}";

    public static async Task WriteAsync(ComplaintsDbContext db, IDocumentContentStore store, SubjectAccessRequest request, DateTime now, Stream output,
        CancellationToken cancellationToken)
    {
        var ids = request.People.Select(p => p.ComplainantId).ToList();
        var people = await db.Complainants.AsNoTracking().Where(p => ids.Contains(p.Id)).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var cases = await CaseLoading.Aggregate(db).AsNoTracking().Include(c => c.ServiceArea).Include(c => c.Subject)
            .Where(c => c.ComplainantId != null && ids.Contains(c.ComplainantId.Value)).OrderBy(c => c.ReceivedAt).ThenBy(c => c.Id)
            .AsSplitQuery().ToListAsync(cancellationToken);
        var caseIds = cases.Select(c => c.Id).ToList();
        var letters = await db.IssuedLetters.AsNoTracking().Where(l => caseIds.Contains(l.ComplaintId)).OrderBy(l => l.IssuedAt).ThenBy(l => l.Id).ToListAsync(cancellationToken);
        var documents = await db.CaseDocuments.AsNoTracking().Where(d => caseIds.Contains(d.ComplaintId) && d.RemovedAt == null).OrderBy(d => d.AddedAt).ToListAsync(cancellationToken);
        var received = await db.InboxItems.AsNoTracking().Where(i => i.ComplaintId != null && caseIds.Contains(i.ComplaintId.Value)).OrderBy(i => i.SentAt)
            .Select(i => new Email(i.ComplaintId!.Value, i.SentAt, $"From {i.FromName} <{i.FromAddress}>", i.Subject, i.TextBody, i.FromAddress.ToLower())).ToListAsync(cancellationToken);
        var sent = await db.OutboxEmails.AsNoTracking().Where(e => e.ComplaintId != null && caseIds.Contains(e.ComplaintId.Value) && e.RecipientStaffId == null)
            .OrderBy(e => e.CreatedAt).Select(e => new Email(e.ComplaintId!.Value, e.SentAt ?? e.CreatedAt, $"To {e.ToName} <{e.ToAddress}>", e.Subject, e.TextBody, null))
            .ToListAsync(cancellationToken);
        // An email filed under the person's case but sent by someone else (their MP, a neighbour) is marked for review:
        // what it says about the sender is not the person's to receive.
        var own = people.Where(p => p.Email is not null).Select(p => p.Email!.ToLowerInvariant()).ToHashSet();
        received = received.Select(e => e with { FromSomeoneElse = !own.Contains(e.From ?? "") }).ToList();
        var flags = await db.RiskFlags.AsNoTracking()
            .Where(f => (f.ComplainantId != null && ids.Contains(f.ComplainantId.Value)) || (f.ComplaintId != null && caseIds.Contains(f.ComplaintId.Value)))
            .OrderBy(f => f.RaisedAt).ToListAsync(cancellationToken);
        var log = await db.PersonalDataAccessLog.AsNoTracking().Where(l => l.ComplainantId != null && ids.Contains(l.ComplainantId.Value))
            .OrderBy(l => l.AccessedAt).ThenBy(l => l.Id).ToListAsync(cancellationToken);
        var council = await db.CouncilProfiles.AsNoTracking().Select(c => c.Name).FirstOrDefaultAsync(cancellationToken) ?? "The council";
        var staff = request.IncludeStaffNames ? [] : (await db.StaffUsers.AsNoTracking().Select(s => s.DisplayName).ToListAsync(cancellationToken))
            .Where(n => n.Length > 0).OrderByDescending(n => n.Length).ToList();
        var redact = new Redaction(request.IncludeStaffNames, staff);

        var files = new List<(string Path, Func<Task<Stream>> Open)>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string Unique(string path)
        {
            var (stem, extension, candidate, n) = (Path.ChangeExtension(path, null), Path.GetExtension(path), path, 1);
            while (!names.Add(candidate)) candidate = $"{stem} ({++n}){extension}";
            return candidate;
        }

        var references = cases.ToDictionary(c => c.Id, c => c.Reference);
        foreach (var letter in letters.Where(l => l.Content.Length > 0))
        {
            files.Add((Unique($"letters/{references[letter.ComplaintId]}/{Safe(letter.FileName)}"), () => Task.FromResult<Stream>(new MemoryStream(letter.Content))));
            if (letter.PdfContent is { } pdf) files.Add((Unique($"letters/{references[letter.ComplaintId]}/{Safe(Path.ChangeExtension(letter.FileName, ".pdf"))}"), () => Task.FromResult<Stream>(new MemoryStream(pdf))));
        }

        foreach (var document in documents)
        {
            var id = document.Id;
            files.Add((Unique($"documents/{references[document.ComplaintId]}/{Safe(document.FileName)}"), () => store.OpenReadAsync(id, cancellationToken)));
        }

        var summary = WordDocumentBuilder.Write($"Subject access request {request.Id}", council, word =>
        {
            word.Paragraph(council, "Subtitle");
            word.Paragraph($"Information held about {string.Join(" and ", people.Select(p => p.FullName).Distinct())}", "Title");
            word.Paragraph($"Subject access request {request.Id} from {request.Requester}, received {request.ReceivedOn:d MMMM yyyy}, due {request.DueOn:d MMMM yyyy}. "
                           + $"Produced {UkTime.ToLocal(now):d MMMM yyyy 'at' HH:mm} from ComplaintsHub. "
                           + (request.IncludeStaffNames ? "Staff are named." : $"Staff are not named: \"{StaffPlaceholder.ToLowerInvariant()}\" stands for each."));

            word.Paragraph("Your details", "Heading1");
            word.Paragraph(people.Count == 1 ? "The council holds one record for you." : $"The council holds {people.Count} records for you (for example under an earlier name or address).");
            foreach (var person in people)
            {
                word.Table(PersonTable, $"Record {person.Id}", ["Detail", "What we hold"], PersonRows(person).Select(r => ((IReadOnlyList<string>)[r.Label, r.Value], false)));
            }

            foreach (var c in cases)
            {
                word.Paragraph($"{c.Reference}: {c.Classification.Describe()} about {c.ServiceArea?.Name}{(c.Subject is null ? "" : $" ({c.Subject.Name})")}", "Heading1");
                word.Paragraph($"Received {UkTime.DateOf(c.ReceivedAt):d MMMM yyyy} by {c.Channel.Describe().ToLowerInvariant()}. Now {c.Status.Describe().ToLowerInvariant()}"
                               + (c.Outcome is { } outcome ? $"; outcome: {outcome.Describe().ToLowerInvariant()}." : "."));
                word.Paragraph($"What it is about: {redact.Text(c.Description)}");
                if (c.DesiredOutcome is not null) word.Paragraph($"What would put it right: {redact.Text(c.DesiredOutcome)}");
                if (c.Stages.Count > 0)
                {
                    word.Table($"sar-stages-{c.Reference}", "Stages and decisions", ["Stage", "Opened", "Acknowledged", "Response due", "Answered", "Outcome", "Remedy", "Redress"],
                        c.Stages.OrderBy(s => s.StageNumber).Select(s => ((IReadOnlyList<string>)[
                            s.StageNumber.ToString(CultureInfo.InvariantCulture), Day(s.OpenedOn), s.AcknowledgedAt is { } a ? Day(UkTime.DateOf(a)) : "", s.ResponseDue is { } d ? Day(d) : "",
                            s.ResponseSentOn is { } r ? Day(r) : "", s.Outcome?.Describe() ?? "", redact.Text(s.RemedySummary ?? ""), s.FinancialRedress is { } m ? m.ToString("C", Uk) : "",
                        ], false)));
                }

                word.Table(TimelineTable(c.Reference), "What happened, including notes and calls", ["When", "Who", "What"],
                    c.Timeline.OrderBy(t => t.OccurredAt).ThenBy(t => t.Id).Select(t => ((IReadOnlyList<string>)[
                        UkTime.ToLocal(t.OccurredAt).ToString("d MMM yyyy HH:mm", Uk), redact.Name(t.ActorName), redact.Text(t.Summary)], false)));
                if (c.PromisedActions.Count > 0)
                {
                    word.Table($"sar-promises-{c.Reference}", "What the council promised to do", ["Promise", "Due", "Status"],
                        c.PromisedActions.OrderBy(a => a.DueDate).Select(a => ((IReadOnlyList<string>)[redact.Text(a.What), Day(a.DueDate), a.Status.ToString()], false)));
                }

                foreach (var enquiry in c.OmbudsmanEnquiries)
                {
                    word.Paragraph($"Ombudsman enquiry received {Day(enquiry.ReceivedOn)}{(enquiry.TheirReference is null ? "" : $" (their reference {enquiry.TheirReference})")}: "
                                   + $"{redact.Text(enquiry.Body)}{(enquiry.Decision is { } decision ? $" Decision: {decision.Describe()}." : "")}");
                }

                var caseLetters = letters.Where(l => l.ComplaintId == c.Id).ToList();
                if (caseLetters.Count > 0)
                {
                    word.Table($"sar-letters-{c.Reference}", "Letters sent (copies in the letters folder)", ["Sent", "Letter", "To"],
                        caseLetters.Select(l => ((IReadOnlyList<string>)[Day(UkTime.DateOf(l.IssuedAt)), l.FileName, l.AddressedTo], false)));
                }

                foreach (var email in received.Concat(sent).Where(e => e.CaseId == c.Id).OrderBy(e => e.At))
                {
                    word.Paragraph($"Email, {UkTime.ToLocal(email.At):d MMMM yyyy HH:mm}, {email.Party}: {redact.Text(email.Subject)}", "Heading2");
                    if (email.FromSomeoneElse)
                    {
                        word.Paragraph($"{ThirdPartyWarning} It was sent by someone other than the person: check it, and take out what is not theirs, before the bundle is sent.");
                    }

                    word.Paragraph(redact.Text(email.Body));
                }
            }

            if (flags.Count > 0)
            {
                word.Paragraph("Warnings and needs recorded", "Heading1");
                foreach (var flag in flags)
                {
                    word.Bullet($"{flag.Kind} raised {Day(UkTime.DateOf(flag.RaisedAt))}: {redact.Text(flag.Detail ?? "")} Reason: {redact.Text(flag.RaisedReason)}"
                                + (flag.RemovedAt is { } removed ? $" Removed {Day(UkTime.DateOf(removed))}." : ""));
                }
            }

            word.Paragraph("Who has accessed your information", "Heading1");
            word.Table(AccessLogTable, "The access log", ["When", "Who", "What", "Case", "Detail"],
                log.Select(l => ((IReadOnlyList<string>)[UkTime.ToLocal(l.AccessedAt).ToString("d MMM yyyy HH:mm", Uk), redact.Name(l.StaffName), l.Purpose.Describe(),
                    l.CaseReference ?? "", l.What ?? ""], false)));

            word.Paragraph("What is in this bundle", "Heading1");
            word.Bullet($"{SummaryFile}: this summary.");
            foreach (var (path, _) in files) word.Bullet(path);
        });

        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        await using (var entry = await zip.CreateEntry(SummaryFile).OpenAsync(cancellationToken))
        {
            await entry.WriteAsync(summary, cancellationToken);
        }

        foreach (var (path, open) in files)
        {
            await using var source = await open();
            await using var entry = await zip.CreateEntry(path).OpenAsync(cancellationToken);
            await source.CopyToAsync(entry, cancellationToken);
        }
    }

    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    private static string Day(DateOnly day) => day.ToString("d MMM yyyy", Uk);

    /// <summary>A file name that cannot climb out of its folder in the zip.</summary>
    private static string Safe(string name)
    {
        var clean = new string(name.Select(ch => ch is '/' or '\\' or ':' || char.IsControl(ch) ? '_' : ch).ToArray()).Trim('.', ' ');
        return clean.Length == 0 ? "file" : clean;
    }

    private static IEnumerable<(string Label, string Value)> PersonRows(Complainant p)
    {
        yield return ("Name", $"{p.Title} {p.FullName}".Trim());
        yield return ("Address", string.Join(", ", new[] { p.AddressLine1, p.AddressLine2, p.Town, p.Postcode }.Where(x => !string.IsNullOrWhiteSpace(x))));
        yield return ("Phone", p.Phone ?? "");
        yield return ("Email", p.Email ?? "");
        yield return ("Preferred contact", p.PreferredContactMethod.ToString());
        yield return ("Adjustments", string.Join("; ", new[] { p.ReasonableAdjustments, p.NeedsLargePrint ? "Large print" : null }.Where(x => !string.IsNullOrWhiteSpace(x))));
        yield return ("Representative", string.Join(", ", new[] { p.RepresentativeName, p.RepresentativeContact }.Where(x => !string.IsNullOrWhiteSpace(x))));
        if (p.AnonymisedAt is { } anonymised) yield return ("Anonymised", $"{UkTime.DateOf(anonymised):d MMMM yyyy}: the details above were removed under the council's records rules.");
    }

    /// <param name="From">The sender's address, lower case, for an email received; null for one the council sent.</param>
    private sealed record Email(int CaseId, DateTime At, string Party, string Subject, string Body, string? From)
    {
        public bool FromSomeoneElse { get; init; }
    }

    /// <summary>Replaces staff names with the placeholder when the council chose not to name staff.</summary>
    private sealed class Redaction(bool includeNames, IReadOnlyList<string> staffNames)
    {
        public string Name(string name) => includeNames || !staffNames.Contains(name, StringComparer.OrdinalIgnoreCase) ? name : StaffPlaceholder;

        /// <summary>Whole names only ("Sam" is not taken out of "same"), longest first so a full name goes before its parts.</summary>
        private readonly Regex? _names = includeNames || staffNames.Count == 0 ? null
            : new Regex(@"\b(" + string.Join("|", staffNames.Select(Regex.Escape)) + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));

        public string Text(string text) => _names is null ? text : _names.Replace(text, StaffPlaceholder.ToLowerInvariant());
    }
}
