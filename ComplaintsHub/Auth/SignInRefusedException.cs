namespace ComplaintsHub.Auth;

/// <summary>Carries the reason a sign-in was refused from token validation to the refusal page.</summary>
public sealed class SignInRefusedException(SignInRefusal reason, string message) : Exception(message)
{
    public SignInRefusal Reason { get; } = reason;
}
