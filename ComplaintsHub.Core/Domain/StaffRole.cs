namespace ComplaintsHub.Core.Domain;

/// <summary>Entra app role values. The names are the values configured on the app registration.</summary>
public enum StaffRole
{
    Officer,
    TeamLeader,
    HeadOfService,
    ComplaintsAdmin,
    PortfolioHolder,
}
