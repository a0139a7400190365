using ComplaintsHub.Core.Input;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Learning;

/// <summary>Someone else answers for the action now: a head of service or team leader of its service area.</summary>
public sealed record ReassignImprovementAction(Guid OwnerId) : ImprovementActionCommand
{
    internal override async Task ApplyAsync(ImprovementActionChange change, CancellationToken cancellationToken)
    {
        var action = change.Action;
        var owners = ImprovementActionOwners.For(change.Db, action.ServiceAreaId);
        var name = await owners.Where(s => s.Id == OwnerId).Select(s => s.DisplayName).SingleOrDefaultAsync(cancellationToken)
            ?? throw new InputRefusedException(ImprovementActionFields.Owner, await ImprovementActionOwners.RefusalAsync(change.Db, action.ServiceAreaId, cancellationToken));
        var previous = await change.Db.StaffUsers.Where(s => s.Id == action.OwnerId).Select(s => s.DisplayName).SingleAsync(cancellationToken);
        action.Reassign(OwnerId, name, previous, change.By, change.At);
    }
}
