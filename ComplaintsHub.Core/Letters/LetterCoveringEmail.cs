using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Notifications;

namespace ComplaintsHub.Core.Letters;

/// <summary>
/// The short message an emailed letter travels with: the letter itself is the attached PDF, so the message only says what
/// it is, how to open it or ask for another format, and quotes the reference for replies (which the shared inbox files on
/// the case).
/// </summary>
public static class LetterCoveringEmail
{
    public static OutboxEmail Compose(CouncilDetails council, string reference, LetterType type, string salutation, LetterEmailRecipient to, DateTime at, int complaintId)
    {
        var what = LetterTemplateValidator.Describe(type);
        var ask = council.ComplaintsPhone is { } phone
            ? $"reply to this email or call us on {phone}"
            : "reply to this email";
        var email = new EmailBody()
            .Paragraph($"{salutation},")
            .Paragraph($"Please find attached our {what} about your complaint, reference {reference}, as a PDF.")
            .Paragraph($"If you cannot open it, or you would like it in another format (large print, paper, or another language), {ask}, quoting {reference}.")
            .Paragraph($"Yours sincerely,\n{council.Signatory}\n{council.Name}")
            .Build($"{council.Name}: your complaint {reference} – {what}");
        return new OutboxEmail(EmailKind.Letter, to.Address, to.Name, email.Subject, email.Text, email.Html, at, complaintId);
    }
}
