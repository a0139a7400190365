namespace ComplaintsHub.Core.Domain;

public sealed class StaffRoleAssignment
{
    private StaffRoleAssignment() { }
    public StaffRoleAssignment(StaffRole role) => Role = role;

    public Guid StaffUserId { get; private set; }
    public StaffRole Role { get; private set; }
}
