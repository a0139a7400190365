using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Cases;

/// <summary>
/// What the case page and the server need to know about an action before it is taken: what the button says, who
/// may take it, and whether it moves the case on or only records something. Each command declares its own
/// (<see cref="ICaseActionCommand"/>); <see cref="CaseActionDefinitions"/> finds them all.
/// </summary>
/// <param name="Roles">Who may take it.</param>
/// <param name="FromStage2Roles">Who may take it from Stage 2 on, when that is fewer people (a Stage 2 answer).</param>
/// <param name="RecordKeeping">Records something without moving the case on: offered apart from the actions that do.</param>
public sealed record CaseActionDefinition(
    ComplaintAction Action, string Label, IReadOnlySet<StaffRole> Roles, IReadOnlySet<StaffRole>? FromStage2Roles = null, bool RecordKeeping = false)
{
    /// <summary>Why this person's role does not allow the action on this case, or null when it does.</summary>
    public string? RoleRefusal(CurrentStaff staff, Complaint complaint)
    {
        var roles = complaint.CurrentStage >= 2 && FromStage2Roles is { } later ? later : Roles;
        return staff.Roles.Overlaps(roles) ? null : $"{Action.Describe()} is for {StaffRoles.Who(roles)}.";
    }
}
