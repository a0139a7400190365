using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Contacts;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Documents;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Tests.Documents;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Records;

/// <summary>
/// A council's files from 2018, looked at on 20 November 2026, past the default six years. Aurelia Quennell complained
/// twice in 2018 (a Housing complaint with a note, a call, a risk flag, a document and a letter; and a service request),
/// both closed that year. Bartholomew Ixworth complained in 2018 and again this month, still open. Cordelia Fenwick's 2018
/// complaint is under a legal hold. One 2018 contact had no complainant at all.
/// </summary>
internal sealed class RetentionWorld : IAsyncDisposable
{
    public static readonly DateTimeOffset Today = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    public static readonly (string First, string Last, string Email, string Phone, string Postcode) Aurelia =
        ("Aurelia", "Quennell", "aurelia.quennell@example.org", "07700 900461", "AS1 4QX");

    public static readonly (string First, string Last, string Email, string Phone, string Postcode) Bartholomew =
        ("Bartholomew", "Ixworth", "b.ixworth@example.org", "07700 900462", "AS2 5RY");

    public static readonly (string First, string Last, string Email, string Phone, string Postcode) Cordelia =
        ("Cordelia", "Fenwick", "cordelia.fenwick@example.org", "07700 900463", "AS3 6SZ");

    /// <summary>Her MP, who wrote in about her case: a third party in her file.</summary>
    public const string MpEmail = "office@mp.example.org";

    /// <summary>A word only Aurelia's case notes hold.</summary>
    public const string NoteWord = "Zanzibarish";

    public TestDatabase Database { get; private set; } = null!;
    public Dictionary<string, CurrentStaff> Staff { get; private set; } = null!;
    public CurrentStaff Admin => Staff["Mark Ellis"];
    public int AureliaId { get; private set; }
    public int BartholomewId { get; private set; }
    public int CordeliaId { get; private set; }
    public List<int> AureliaCases { get; } = [];
    public int BartholomewOldCase { get; private set; }
    public int CordeliaCase { get; private set; }
    public int LoneCase { get; private set; }

    public static async Task<RetentionWorld> CreateAsync(DatabaseProvider provider)
    {
        var world = new RetentionWorld();
        await world.SetUpAsync(provider);
        return world;
    }

    private async Task SetUpAsync(DatabaseProvider provider)
    {
        Database = await TestDatabase.CreateAsync(provider, new DateTimeOffset(2018, 5, 1, 9, 0, 0, TimeSpan.Zero));
        await Database.Get<DemoDataSeeder>().SeedAsync(days: -1);
        Staff = await Database.StaffByNameAsync();

        var housing = await AnsweredAsync("Housing", "Sarah Mitchell", Person(Aurelia));
        AureliaCases.Add(housing);
        AureliaId = await ComplainantOfAsync(housing);
        await Database.ApplyAsync(housing, new AddNoteCommand($"Ms Quennell says the {NoteWord} boiler failed again."), Staff["Sarah Mitchell"]);
        await Database.ApplyAsync(housing, new LogCallCommand(new DateOnly(2018, 5, 1), "Spoke to Aurelia Quennell on 07700 900461 about the repair."), Staff["Sarah Mitchell"]);
        await Database.ApplyAsync(housing, new RaiseRiskFlagCommand(RiskFlagKind.VulnerablePerson, true, "Aurelia Quennell is hard of hearing.", "She told us on the call."), Staff["Sarah Mitchell"]);
        await using (var received = await Database.Get<DocumentIntake>().ReceiveAsync("quennell-photo.jpg", new MemoryStream(SampleFiles.Make(SampleFiles.JpegStart, 4000)), null))
        {
            await Database.ApplyAsync(housing, new AddDocumentCommand(received, "Photo of Ms Quennell's boiler"), Staff["Sarah Mitchell"]);
        }

        await IssueLetterAsync(housing, $"Dear Ms {Aurelia.Last}, {Aurelia.Postcode}");
        await ReceiveEmailAsync(Aurelia.Email, "Aurelia Quennell", "More about my boiler", $"Aurelia Quennell, {Aurelia.Phone}", housing);
        await ReceiveEmailAsync(MpEmail, "Office of the MP", "Constituent: Ms Quennell", "Writing on behalf of my constituent about her boiler.", housing);
        await ReceiveEmailAsync(Aurelia.Email, "Aurelia Quennell", "Sent twice", "Please ignore, sent twice.", null, dismissed: true);
        await Database.ApplyAsync(housing, new CloseCommand(), Staff["Sarah Mitchell"]);

        var request = await LogAsync("Waste & Recycling", new ContactLogForm { Classification = ContactClassification.ServiceRequest, ExistingComplainantId = AureliaId });
        await Database.ApplyAsync(request, new ResolveCommand("Bin replaced for Ms Quennell."), Staff["David Okafor"]);
        AureliaCases.Add(request);

        BartholomewOldCase = await AnsweredAsync("Housing", "Sarah Mitchell", Person(Bartholomew));
        BartholomewId = await ComplainantOfAsync(BartholomewOldCase);
        await Database.ApplyAsync(BartholomewOldCase, new CloseCommand(), Staff["Sarah Mitchell"]);

        CordeliaCase = await AnsweredAsync("Waste & Recycling", "David Okafor", Person(Cordelia));
        CordeliaId = await ComplainantOfAsync(CordeliaCase);
        await Database.ApplyAsync(CordeliaCase, new CloseCommand(), Staff["David Okafor"]);

        LoneCase = await LogAsync("Waste & Recycling", new ContactLogForm { Classification = ContactClassification.Comment, Description = "Fly-tipping on Mill Lane, reported anonymously." });
        await Database.ApplyAsync(LoneCase, new ResolveCommand("Cleared."), Staff["David Okafor"]);

        Database.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
        await LogAsync("Housing", new ContactLogForm { ExistingComplainantId = BartholomewId });
        Database.Clock.SetUtcNow(Today);
        await Database.ApplyAsync(CordeliaCase, new PlaceLegalHoldCommand("Insurance claim for the damaged car, open with the council's insurers."), Admin);
    }

    public static ComplainantForm Person((string First, string Last, string Email, string Phone, string Postcode) p) => new()
    {
        FirstName = p.First, LastName = p.Last, Email = p.Email, Phone = p.Phone, Postcode = p.Postcode, AddressLine1 = $"12 {p.Last} Road", Town = "Ashbury",
        ReasonableAdjustments = $"{p.First} prefers large print.",
    };

    /// <summary>A complaint logged, acknowledged and answered today, left waiting to be closed.</summary>
    public async Task<int> AnsweredAsync(string area, string leader, ComplainantForm person)
    {
        var id = await LogAsync(area, new ContactLogForm { Complainant = person });
        await Database.ApplyAsync(id, new AcknowledgeCommand(null), Staff[leader]);
        await Database.ApplyAsync(id, new RecordResponseCommand(new StageResponse(Outcome.Upheld, $"Apology to {person.FirstName} {person.LastName}.", 50m, "The repair was not chased.", "Chase repairs after five days.")), Staff[leader]);
        return id;
    }

    /// <summary>
    /// Moves the date a case's stages were answered back to <paramref name="on"/>: the clock cannot run backwards, and a
    /// case answered long ago and left open is what some tests need.
    /// </summary>
    public async Task AnsweredOnAsync(int caseId, DateOnly on)
    {
        await using var db = await Database.Factory.CreateDbContextAsync();
        await db.Set<ComplaintStage>().Where(s => s.ComplaintId == caseId && s.ResponseSentOn != null).ExecuteUpdateAsync(s => s.SetProperty(x => x.ResponseSentOn, on));
    }

    /// <summary>Logs a contact in the area as the complaints team, returning the case's id.</summary>
    public async Task<int> LogAsync(string area, ContactLogForm form)
    {
        await using var db = await Database.Factory.CreateDbContextAsync();
        form.ServiceAreaId = await db.ServiceAreas.Where(a => a.Name == area).Select(a => a.Id).SingleAsync();
        form.ReceivedDate = Database.Clock.GetUtcNow().UtcDateTime.Date;
        if (string.IsNullOrWhiteSpace(form.Description)) form.Description = $"A complaint about {area}.";
        var logged = await Database.Get<ContactLogging>().LogAsync(form, Admin);
        return logged.ComplaintId ?? throw new InvalidOperationException(string.Join("; ", logged.Errors.Select(e => e.Value)));
    }

    private async Task<int> ComplainantOfAsync(int caseId)
    {
        await using var db = await Database.Factory.CreateDbContextAsync();
        return await db.Complaints.Where(c => c.Id == caseId).Select(c => c.ComplainantId!.Value).SingleAsync();
    }

    /// <summary>A letter as issued, its file holding the person's name as a real letter's would.</summary>
    private async Task IssueLetterAsync(int caseId, string text)
    {
        await using var db = await Database.Factory.CreateDbContextAsync();
        var template = await db.LetterTemplates.Where(t => t.Type == LetterType.Stage1Response).Select(t => new { t.Id, t.Revision }).FirstAsync();
        db.IssuedLetters.Add(new IssuedLetter(caseId, 1, LetterType.Stage1Response, template.Id, template.Revision, "response.docx", System.Text.Encoding.UTF8.GetBytes(text),
            System.Text.Encoding.UTF8.GetBytes(text), false, $"Ms {Aurelia.First} {Aurelia.Last}", Staff["Sarah Mitchell"].Actor, Database.Clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync();
    }

    /// <summary>An email as the inbox keeps it, the original message included; filed under a case, dismissed, or left new.</summary>
    public async Task<long> ReceiveEmailAsync(string from, string name, string subject, string body, int? caseId, bool dismissed = false)
    {
        await using var db = await Database.Factory.CreateDbContextAsync();
        var now = Database.Clock.GetUtcNow().UtcDateTime;
        var email = new InboxItem("INBOX", 1, await db.InboxItems.CountAsync() + 1, null, from, name, subject, now, body,
            System.Text.Encoding.UTF8.GetBytes($"From: {name} <{from}>\r\nSubject: {subject}\r\n\r\n{body}"), 100, [], now);
        if (caseId is { } id) email.AttachTo(id, await db.Complaints.Where(c => c.Id == id).Select(c => c.Reference).SingleAsync(), Admin.Actor, now);
        if (dismissed) email.Dismiss("A duplicate of an email already filed.", Admin.Actor, now);
        db.InboxItems.Add(email);
        await db.SaveChangesAsync();
        return email.Id;
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
