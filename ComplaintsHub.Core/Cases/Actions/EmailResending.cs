using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Email;
using ComplaintsHub.Core.Refusals;
using Microsoft.Extensions.Options;

namespace ComplaintsHub.Core.Cases.Actions;

/// <summary>Sends an email about a case again, through the case's one write path, while email is switched on.</summary>
public sealed class EmailResending(CaseActions actions, IOptions<EmailOptions> options)
{
    public async Task SendAgainAsync(int caseId, Guid caseVersion, long emailId, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        if (!options.Value.IsSwitchedOn) throw new DomainException(EmailOptions.SwitchedOff);
        await actions.ApplyAsync(caseId, caseVersion, new SendEmailAgainCommand(emailId), staff, cancellationToken);
    }
}
