using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Email;
using ComplaintsHub.Core.Letters;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Tests.Data;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace ComplaintsHub.Tests.Email;

/// <summary>Issuing a letter can email it, its PDF attached, to whoever it is addressed to; a letter that does not arrive shows on the case.</summary>
public class LettersByEmail : IAsyncLifetime
{
    private SmtpTestServer _smtp = null!;
    private CaseWorld _world = null!;
    private AppInstance _app = null!;

    public async Task InitializeAsync()
    {
        _smtp = SmtpTestServer.Start();
        _world = await CaseWorld.CreateAsync();
        _app = new AppInstance(_world.Database, _smtp.Settings());
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _world.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    [Fact]
    public async Task AnIssuedLetterIsEmailedOnceWithItsPdfAndTheTimelineSaysSo()
    {
        await RecordComplainantAsync(email: "c.okonkwo@example.org");

        var letterId = await IssueAcknowledgementAsync(sendByEmail: true);
        await _app.Get<OutboxSender>().SendDueAsync();
        await _app.Get<OutboxSender>().SendDueAsync();

        var message = Assert.Single(_smtp.Received);
        Assert.Equal("c.okonkwo@example.org", message.To.Mailboxes.Single().Address);
        var pdf = Assert.IsType<MimePart>(Assert.Single(message.Attachments));
        using var content = new MemoryStream();
        await pdf.Content!.DecodeToAsync(content);
        await using var db = await _world.Database.Factory.CreateDbContextAsync();
        var letter = await db.IssuedLetters.AsNoTracking().SingleAsync(l => l.Id == letterId);
        Assert.Equal(letter.PdfContent!, content.ToArray());
        Assert.Equal(Path.ChangeExtension(letter.FileName, ".pdf"), pdf.FileName);
        Assert.Contains("Dear Mr Okonkwo,", message.TextBody);
        Assert.Contains(_world.Reference, message.Subject);

        var c = await _world.OpenAsync("David Okafor");
        Assert.Contains(c.Timeline, t => t.Summary.Contains("emailed to c.okonkwo@example.org", StringComparison.Ordinal));
        var row = Assert.Single((await _app.Get<CaseEmailsQuery>().ForCaseAsync(_world.CaseId, _world.Staff["David Okafor"]))!.Rows);
        Assert.Equal((EmailKind.Letter, EmailStatus.Sent), (row.Kind, row.Status));
    }

    [Fact]
    public async Task EachEmailSentIsTracedWithItsOutcomeAndNothingOfTheRecipient()
    {
        await RecordComplainantAsync(email: "c.okonkwo@example.org");
        await IssueAcknowledgementAsync(sendByEmail: true);
        long emailId;
        await using (var db = await _world.Database.Factory.CreateDbContextAsync()) emailId = await db.OutboxEmails.Select(e => e.Id).SingleAsync();
        var traced = new System.Collections.Concurrent.ConcurrentBag<System.Diagnostics.Activity>();
        using var listener = new System.Diagnostics.ActivityListener
        {
            ShouldListenTo = source => source.Name == Core.Diagnostics.ComplaintsHubTelemetry.Name,
            Sample = (ref System.Diagnostics.ActivityCreationOptions<System.Diagnostics.ActivityContext> _) => System.Diagnostics.ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = traced.Add,
        };
        System.Diagnostics.ActivitySource.AddActivityListener(listener);

        await _app.Get<OutboxSender>().SendDueAsync();

        // Other tests send emails alongside this one: this email's span is the one with its id.
        var span = Assert.Single(traced, a => a.OperationName == "outbox send" && Equals(a.GetTagItem("complaintshub.email.id"), emailId));
        Assert.Equal("sent", span.GetTagItem("complaintshub.email.outcome"));
        Assert.Equal(nameof(EmailKind.Letter), span.GetTagItem("complaintshub.email.kind"));
        Assert.DoesNotContain(span.TagObjects, t => t.Value?.ToString()?.Contains("okonkwo", StringComparison.OrdinalIgnoreCase) == true);
    }

    [Fact]
    public async Task ALetterAddressedToAConsentingRepresentativeIsEmailedToThem()
    {
        await RecordComplainantAsync(email: "c.okonkwo@example.org", representative: ("Ada Lewis", "ada.lewis@advocacy.example.org"));

        await IssueAcknowledgementAsync(sendByEmail: true);
        await _app.Get<OutboxSender>().SendDueAsync();

        var message = Assert.Single(_smtp.Received);
        Assert.Equal("ada.lewis@advocacy.example.org", message.To.Mailboxes.Single().Address);
        Assert.Contains("Dear Ada Lewis,", message.TextBody);
    }

    [Fact]
    public async Task WithNoEmailAddressTheLetterIsNotIssuedAndTheOfficerIsToldWhy()
    {
        await RecordComplainantAsync(email: null);
        var letters = _app.Get<LetterService>();
        var leader = _world.Staff["David Okafor"];
        var draftId = await letters.CreateDraftAsync(_world.Reference, LetterType.Acknowledgement, null, leader);
        var draft = (await letters.DraftAsync(draftId, leader))!;
        Assert.Null(draft.EmailTo);

        var refusal = await Assert.ThrowsAsync<DomainException>(() =>
            letters.IssueAsync(draftId, draft.Version, draft.CaseVersion, new LetterComposition(draft.WhatYouToldUs, null), draft.Text, leader, sendByEmail: true));

        Assert.StartsWith(draft.EmailWhyNot!, refusal.Message);
        await using var db = await _world.Database.Factory.CreateDbContextAsync();
        Assert.Equal(0, await db.IssuedLetters.CountAsync(l => l.ComplaintId == _world.CaseId));
        Assert.Equal(0, await db.OutboxEmails.CountAsync());
        Assert.Equal(1, await db.LetterDrafts.CountAsync(d => d.Id == draftId));
    }

    [Fact]
    public async Task WhileEmailIsSwitchedOffTheDraftSaysSoAndNothingIsQueued()
    {
        await RecordComplainantAsync(email: "c.okonkwo@example.org");
        var letters = _world.Database.Get<LetterService>(); // the test database's own services: no mail server set
        var leader = _world.Staff["David Okafor"];
        var draftId = await letters.CreateDraftAsync(_world.Reference, LetterType.Acknowledgement, null, leader);
        var draft = (await letters.DraftAsync(draftId, leader))!;

        Assert.Null(draft.EmailTo);
        Assert.Equal(Core.Email.EmailOptions.SwitchedOff, draft.EmailWhyNot);
        var refusal = await Assert.ThrowsAsync<DomainException>(() =>
            letters.IssueAsync(draftId, draft.Version, draft.CaseVersion, new LetterComposition(draft.WhatYouToldUs, null), draft.Text, leader, sendByEmail: true));
        Assert.Equal(Core.Email.EmailOptions.SwitchedOff, refusal.Message);
        await using var db = await _world.Database.Factory.CreateDbContextAsync();
        Assert.Equal(0, await db.OutboxEmails.CountAsync());
    }

    [Fact]
    public async Task ALetterTheMailServerRefusesShowsOnTheCaseAsNotSent()
    {
        await RecordComplainantAsync(email: "c.okonkwo@example.org");
        await IssueAcknowledgementAsync(sendByEmail: true);
        _smtp.RefuseNextForGood();

        await _app.Get<OutboxSender>().SendDueAsync();

        var emails = (await _app.Get<CaseEmailsQuery>().ForCaseAsync(_world.CaseId, _world.Staff["David Okafor"]))!;
        var row = Assert.Single(emails.Rows);
        Assert.True(row.IsUndeliveredLetter);
        Assert.Equal(550, int.Parse(row.LastReply![..3]));
        Assert.Empty(_smtp.Received);
    }

    [Fact]
    public async Task ABouncedLetterIsSentAgainToTheCorrectedAddressOnceAndTheTimelineSaysSo()
    {
        await RecordComplainantAsync(email: "c.okonkow@example.org");
        await IssueAcknowledgementAsync(sendByEmail: true);
        _smtp.RefuseNextForGood();
        await _app.Get<OutboxSender>().SendDueAsync();
        await RecordComplainantAsync(email: "c.okonkwo@example.org");
        var leader = _world.Staff["David Okafor"];
        var failed = Assert.Single((await _app.Get<CaseEmailsQuery>().ForCaseAsync(_world.CaseId, leader))!.Rows);
        Assert.True(failed.CanSendAgain);

        await _app.Get<EmailResending>().SendAgainAsync(_world.CaseId, (await _world.OpenAsync("David Okafor")).Version, failed.Id, leader);
        await _app.Get<OutboxSender>().SendDueAsync();

        var message = Assert.Single(_smtp.Received);
        Assert.Equal("c.okonkwo@example.org", message.To.Mailboxes.Single().Address);
        Assert.Single(message.Attachments);
        var rows = (await _app.Get<CaseEmailsQuery>().ForCaseAsync(_world.CaseId, leader))!.Rows;
        Assert.Equal([EmailStatus.Sent, EmailStatus.Failed], rows.Select(r => r.Status));
        Assert.DoesNotContain(rows, r => r.CanSendAgain || r.IsUndeliveredLetter);
        var c = await _world.OpenAsync("David Okafor");
        Assert.Equal(TimelineEventType.EmailResent, c.Timeline.Select(t => t.Type).First());

        var twice = await Assert.ThrowsAsync<DomainException>(() => _app.Get<EmailResending>().SendAgainAsync(_world.CaseId, c.Version, failed.Id, leader));
        Assert.Equal("That email has already been sent again.", twice.Message);
        var sent = rows.First();
        await Assert.ThrowsAsync<DomainException>(() => _app.Get<EmailResending>().SendAgainAsync(_world.CaseId, c.Version, sent.Id, leader));
        Assert.Single(_smtp.Received);
    }

    [Fact]
    public async Task SomeoneWhoCannotSeeTheCaseCannotSeeItsEmails()
    {
        await RecordComplainantAsync(email: "c.okonkwo@example.org");
        await IssueAcknowledgementAsync(sendByEmail: true);
        var outsider = _world.Staff.Values.First(s => s.Roles.SetEquals([StaffRole.Officer]) && s.Name != "Tom Bennett"
            && _world.Query.GetAsync(_world.Reference, s).Result is CaseLookup.NoAccess);

        Assert.Null(await _app.Get<CaseEmailsQuery>().ForCaseAsync(_world.CaseId, outsider));
    }

    private async Task<int> IssueAcknowledgementAsync(bool sendByEmail)
    {
        var letters = _app.Get<LetterService>();
        var leader = _world.Staff["David Okafor"];
        var draftId = await letters.CreateDraftAsync(_world.Reference, LetterType.Acknowledgement, null, leader);
        var draft = (await letters.DraftAsync(draftId, leader))!;
        return await letters.IssueAsync(draftId, draft.Version, draft.CaseVersion, new LetterComposition(draft.WhatYouToldUs, null), draft.Text, leader, sendByEmail);
    }

    private async Task RecordComplainantAsync(string? email, (string Name, string Contact)? representative = null)
    {
        await using var db = await _world.Database.Factory.CreateDbContextAsync();
        var person = await db.Complaints.Where(c => c.Id == _world.CaseId).Select(c => c.Complainant!).SingleAsync();
        person.Title = "Mr";
        person.FirstName = "Chidi";
        person.Email = email;
        if (representative is { } rep)
        {
            person.RepresentativeName = rep.Name;
            person.RepresentativeContact = rep.Contact;
            person.ConsentToShareWithRepresentative = true;
        }

        await db.SaveChangesAsync();
    }
}
