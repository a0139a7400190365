using System.Net.Mail;

namespace ComplaintsHub.Core.Domain;

/// <summary>
/// Where a letter can be emailed: to whoever it is addressed to — the representative the complainant consented to, at
/// their contact if it is an email address, else the complainant at their recorded email — or, when there is no such
/// address, why not.
/// </summary>
public sealed record LetterEmailRecipient(string Name, string Address)
{
    public static (LetterEmailRecipient? To, string? WhyNot) For(string? complainantName, string? email, string? representativeName, string? representativeContact,
        bool consentToShareWithRepresentative)
    {
        if (string.IsNullOrWhiteSpace(complainantName)) return (null, "There is no complainant recorded on this case to email.");
        if (consentToShareWithRepresentative && !string.IsNullOrWhiteSpace(representativeName))
        {
            return IsEmail(representativeContact)
                ? (new LetterEmailRecipient(representativeName, representativeContact!.Trim()), null)
                : (null, $"The letter is addressed to {representativeName}, and no email address is recorded for them.");
        }

        return IsEmail(email)
            ? (new LetterEmailRecipient(complainantName, email!.Trim()), null)
            : (null, $"No email address is recorded for {complainantName}.");
    }

    private static bool IsEmail(string? value) =>
        !string.IsNullOrWhiteSpace(value) && MailAddress.TryCreate(value.Trim(), out var address) && address.Address == value.Trim();
}
