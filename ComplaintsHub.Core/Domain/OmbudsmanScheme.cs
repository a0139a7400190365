namespace ComplaintsHub.Core.Domain;

/// <summary>
/// The two Ombudsmen a council answers to, each with its own Complaint Handling Code and annual figures: housing
/// (landlord) complaints go to the Housing Ombudsman, every other procedure to the Local Government and Social Care
/// Ombudsman.
/// </summary>
public enum OmbudsmanScheme
{
    LocalGovernment,
    Housing,
}
