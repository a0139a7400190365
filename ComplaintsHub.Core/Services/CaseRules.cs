using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Services;

/// <summary>
/// Who may do what to a case. The aggregate decides whether an action is possible in the case's state; this
/// decides whether this person's role allows it. Both are checked on the server for every action.
/// </summary>
public static class CaseRules
{
    private static readonly StaffRole[] Caseworkers = [StaffRole.Officer, StaffRole.TeamLeader, StaffRole.HeadOfService, StaffRole.ComplaintsAdmin];
    private static readonly StaffRole[] Managers = [StaffRole.TeamLeader, StaffRole.HeadOfService, StaffRole.ComplaintsAdmin];
    private static readonly StaffRole[] Stage2Responders = [StaffRole.HeadOfService, StaffRole.ComplaintsAdmin];
    private static readonly StaffRole[] ComplaintsTeam = [StaffRole.ComplaintsAdmin];

    /// <summary>Why this person may not take this action on this case, or null when they may.</summary>
    public static string? RoleRefusal(CurrentStaff staff, ComplaintAction action, Complaint complaint)
    {
        var (roles, who) = action switch
        {
            ComplaintAction.Allocate => (Managers, "a team leader, head of service or the complaints team"),
            ComplaintAction.Extend => (Managers, "a team leader, head of service or the complaints team"),
            ComplaintAction.Close or ComplaintAction.AssignStage or ComplaintAction.Reopen or ComplaintAction.CorrectReceivedDate =>
                (Managers, "a team leader, head of service or the complaints team"),
            ComplaintAction.RecordResponse when complaint.CurrentStage >= 2 => (Stage2Responders, "a head of service or the complaints team"),
            ComplaintAction.RecordResponse => (Managers, "a team leader, head of service or the complaints team"),
            ComplaintAction.ReferToOmbudsman or ComplaintAction.RecordOmbudsmanDecision or ComplaintAction.RecordRemedyCompliance => (ComplaintsTeam, "the complaints team"),
            _ => (Caseworkers, "council staff who handle cases"),
        };
        return staff.Roles.Overlaps(roles) ? null : $"{action.Describe()} is for {who}.";
    }

    /// <summary>Staff see their service areas' cases and any case they logged or hold; the complaints team sees all; councillors none.</summary>
    public static bool CanSee(CurrentStaff staff, IReadOnlyCollection<int> staffAreaIds, int caseAreaId, Guid loggedById, Guid? allocatedOfficerId) =>
        staff.Has(StaffRole.ComplaintsAdmin)
        || (staff.IsCaseworker && (staffAreaIds.Contains(caseAreaId) || loggedById == staff.StaffUserId || allocatedOfficerId == staff.StaffUserId));
}
