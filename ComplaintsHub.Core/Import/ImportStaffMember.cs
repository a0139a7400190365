namespace ComplaintsHub.Core.Import;

/// <summary>A member of staff an imported case can name as its officer, including someone added who has not signed in yet.</summary>
public sealed record ImportStaffMember(Guid Id, string DisplayName, string Email, bool IsActive = true);
