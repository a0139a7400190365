namespace ComplaintsHub.Core.Setup;

/// <summary>What the complaints team entered for a category.</summary>
public sealed record CategoryForm(string? Name, bool IsActive = true);
