namespace ComplaintsHub.Core.Domain;

/// <summary>Why someone was given a person's details outside the cases they may see.</summary>
public enum PersonalDataPurpose
{
    /// <summary>Full details shown on the log-a-contact form, for a reason the member of staff wrote.</summary>
    RevealedWhenLoggingAContact,
    /// <summary>A new case linked to the person's existing record, which lets whoever logged it open it with their details.</summary>
    LinkedToNewCase,
}
