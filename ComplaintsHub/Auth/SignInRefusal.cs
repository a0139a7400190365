namespace ComplaintsHub.Auth;

/// <summary>Why a sign-in that the identity provider accepted was refused by ComplaintsHub; the refusal page explains each.</summary>
public enum SignInRefusal
{
    /// <summary>Something in the exchange with the identity provider failed (an expired or replayed response, an error it sent).</summary>
    Failed,
    /// <summary>The token carries none of ComplaintsHub's app roles: nobody has assigned the person a role.</summary>
    NoRole,
    /// <summary>The complaints team has switched the person's access off.</summary>
    SwitchedOff,
    /// <summary>The token has no object id, so it cannot be tied to a staff record.</summary>
    NoObjectId,
}
