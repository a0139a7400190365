using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Cases;

/// <summary>Who may complete or re-date a promised action: its owner, the case's officer, and the managers who see the case.</summary>
public static class PromisedActionRights
{
    /// <summary>Why this person may not change the action, or null when they may (or when there is no such action, which the case itself refuses).</summary>
    public static string? Refusal(CurrentStaff staff, Complaint complaint, int actionId)
    {
        if (complaint.PromisedActions.SingleOrDefault(a => a.Id == actionId) is not { } action) return null;
        return May(staff, action.OwnerId, complaint.AllocatedOfficerId)
            ? null
            : $"A promised action is completed or re-dated by its owner, the case's officer, {StaffRoles.Who(StaffRoles.Managers)}.";
    }

    public static bool May(CurrentStaff staff, Guid ownerId, Guid? allocatedOfficerId) =>
        staff.StaffUserId == ownerId || staff.StaffUserId == allocatedOfficerId || staff.Roles.Overlaps(StaffRoles.Managers);
}
