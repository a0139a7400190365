namespace ComplaintsHub.Core.Services;

/// <summary>Why every session of a person ended: an open page says "you have signed out" for one, and asks for a sign-in for the other.</summary>
public enum SessionEndReason
{
    SignedOut,
    AccessSwitchedOff,
}
