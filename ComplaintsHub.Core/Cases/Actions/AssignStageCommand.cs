using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Cases.Actions;

/// <summary>Gives Stage 2 (or later) to a head of service, who answers it.</summary>
public sealed record AssignStageCommand(Guid HeadOfServiceId) : CaseCommand, ICaseActionCommand
{
    public static CaseActionDefinition Definition { get; } = new(ComplaintAction.AssignStage, "Assign to a head of service", StaffRoles.Managers);

    public override CaseActionDefinition Action => Definition;

    public override async Task ApplyAsync(CaseChange change, CancellationToken cancellationToken)
    {
        var head = await change.Db.StaffUsers.AsNoTracking()
            .Where(s => s.Id == HeadOfServiceId && s.IsActive && s.Roles.Any(r => r.Role == StaffRole.HeadOfService))
            .Select(s => new { s.Id, s.DisplayName }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new DomainException("Choose an active head of service.");
        change.Case.AssignStage(head.Id, head.DisplayName, change.By, change.Now);
        await change.Notifications.QueueAboutCaseAsync(change.Db, change.Case, EmailKind.StageAssigned, head.Id, change.By, change.Now,
            (emails, to, mention) => emails.StageAssigned(to.Name, mention, change.Case.CurrentStage, change.By.Name), cancellationToken);
    }
}
