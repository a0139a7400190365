namespace ComplaintsHub.Core.Domain;

/// <summary>
/// The groups of roles the rules speak of, each written once: the web host's policies, the services' server-side
/// checks and the case actions all name these rather than listing roles again.
/// </summary>
public static class StaffRoles
{
    /// <summary>Everyone who handles cases; portfolio holders are not among them.</summary>
    public static readonly IReadOnlySet<StaffRole> Caseworkers = new HashSet<StaffRole> { StaffRole.Officer, StaffRole.TeamLeader, StaffRole.HeadOfService, StaffRole.ComplaintsAdmin };

    /// <summary>Those who allocate, extend, sign off and close: the team's managers and the complaints team.</summary>
    public static readonly IReadOnlySet<StaffRole> Managers = new HashSet<StaffRole> { StaffRole.TeamLeader, StaffRole.HeadOfService, StaffRole.ComplaintsAdmin };

    /// <summary>Those who may answer Stage 2 and later.</summary>
    public static readonly IReadOnlySet<StaffRole> Stage2Responders = new HashSet<StaffRole> { StaffRole.HeadOfService, StaffRole.ComplaintsAdmin };

    /// <summary>The complaints team, who run the process and deal with the Ombudsman.</summary>
    public static readonly IReadOnlySet<StaffRole> ComplaintsTeam = new HashSet<StaffRole> { StaffRole.ComplaintsAdmin };

    /// <summary>Those who may read the performance figures.</summary>
    public static readonly IReadOnlySet<StaffRole> KpiReaders = new HashSet<StaffRole> { StaffRole.PortfolioHolder, StaffRole.TeamLeader, StaffRole.HeadOfService, StaffRole.ComplaintsAdmin };

    /// <summary>Those whose figures cover every service area; team leaders see their own areas' only.</summary>
    public static readonly IReadOnlySet<StaffRole> SeeEveryAreasFigures = new HashSet<StaffRole> { StaffRole.PortfolioHolder, StaffRole.HeadOfService, StaffRole.ComplaintsAdmin };

    /// <summary>Those who do the quarterly spot checks (heads of service) and follow them (the complaints team).</summary>
    public static readonly IReadOnlySet<StaffRole> SpotCheckers = new HashSet<StaffRole> { StaffRole.HeadOfService, StaffRole.ComplaintsAdmin };

    /// <summary>Those a case can be allocated to.</summary>
    public static readonly IReadOnlySet<StaffRole> Allocatable = new HashSet<StaffRole> { StaffRole.Officer, StaffRole.TeamLeader };

    /// <summary>Who these roles are, as a refusal names them ("a team leader, head of service or the complaints team").</summary>
    public static string Who(IReadOnlySet<StaffRole> roles)
    {
        if (roles.SetEquals(Caseworkers)) return "council staff who handle cases";
        var names = Enum.GetValues<StaffRole>().Where(roles.Contains).Select(r => r switch
        {
            StaffRole.Officer => "an officer",
            StaffRole.TeamLeader => "a team leader",
            StaffRole.HeadOfService => "a head of service",
            StaffRole.ComplaintsAdmin => "the complaints team",
            StaffRole.PortfolioHolder => "a portfolio holder",
            _ => r.ToString(),
        }).ToList();
        // The article is kept only on the first name, as people say it.
        for (var i = 1; i < names.Count; i++) names[i] = names[i].StartsWith("a ", StringComparison.Ordinal) ? names[i][2..] : names[i];
        return names.Count == 1 ? names[0] : $"{string.Join(", ", names[..^1])} or {names[^1]}";
    }
}
