namespace ComplaintsHub.Core.Services;

/// <summary>Someone the complaints team adds before their first sign-in, as typed into the form.</summary>
/// <param name="SignInName">Their email address or Entra user principal name: what they will sign in with.</param>
public sealed record ExpectedStaffMember(string? SignInName, string? DisplayName, string? JobTitle, IReadOnlyList<int> ServiceAreaIds, int? TeamId);
