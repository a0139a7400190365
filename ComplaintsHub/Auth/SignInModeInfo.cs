namespace ComplaintsHub.Auth;

public sealed record SignInModeInfo(SignInMode Mode);
