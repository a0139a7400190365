using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Learning;

/// <summary>
/// Who does and sees spot checks: each head of service checks their own sample (the seeds make senior officers
/// accountable for complaints); the complaints team sees every head of service's, to report their completion.
/// </summary>
public static class SpotCheckRights
{
    public const string Refusal = "Spot checks are done by heads of service and followed by the complaints team.";

    public static bool MayRead(CurrentStaff staff) => staff.Roles.Overlaps(StaffRoles.SpotCheckers);

    public static bool MayReadFor(CurrentStaff staff, Guid headOfServiceId) =>
        staff.Has(StaffRole.ComplaintsAdmin) || (staff.Has(StaffRole.HeadOfService) && staff.StaffUserId == headOfServiceId);

    public static bool MayRecordFor(CurrentStaff staff, Guid headOfServiceId) => staff.Has(StaffRole.HeadOfService) && staff.StaffUserId == headOfServiceId;
}
