namespace ComplaintsHub.Core.Domain;

/// <summary>Who did something. Passed in, never read from ambient state.</summary>
public sealed record Actor(Guid StaffUserId, string Name)
{
    public static Actor System { get; } = new(Guid.Empty, "ComplaintsHub");
}
