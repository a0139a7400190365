using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Cases.Actions;

/// <summary>Gives the case to an officer or team leader.</summary>
public sealed record AllocateCommand(Guid OfficerId) : CaseCommand, ICaseActionCommand
{
    public static CaseActionDefinition Definition { get; } = new(ComplaintAction.Allocate, "Allocate", StaffRoles.Managers);

    public override CaseActionDefinition Action => Definition;

    public override async Task ApplyAsync(CaseChange change, CancellationToken cancellationToken)
    {
        var officer = await change.Db.StaffUsers.AsNoTracking().Where(s => s.Id == OfficerId && s.IsActive).Select(s => new { s.Id, s.DisplayName }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new DomainException("That officer is not available: their access may have been switched off.");
        change.Case.Allocate(officer.Id, officer.DisplayName, change.By, change.Now);
        await change.Notifications.QueueAboutCaseAsync(change.Db, change.Case, EmailKind.CaseAllocated, officer.Id, change.By, change.Now,
            (emails, to, mention) => emails.CaseAllocated(to.Name, mention, change.By.Name), cancellationToken);
    }
}
