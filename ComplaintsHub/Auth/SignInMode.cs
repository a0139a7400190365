namespace ComplaintsHub.Auth;

public enum SignInMode
{
    EntraId,
    Development,
}
