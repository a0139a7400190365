namespace ComplaintsHub.Core.Setup;

/// <summary>Something a set-up form offers in a list (a procedure, a member of staff), and whether it is still in use.</summary>
public sealed record SetupChoice<TId>(TId Id, string Name, bool IsActive);
