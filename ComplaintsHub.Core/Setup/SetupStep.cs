namespace ComplaintsHub.Core.Setup;

/// <summary>What a council must have before ComplaintsHub can take complaints, in the order the complaints team sets it up.</summary>
public enum SetupStep
{
    /// <summary>The council's name, address, signatory and escalation wording stored, as every letter needs (the first start stores them from the settings).</summary>
    CouncilDetails,
    /// <summary>At least one active procedure (the defaults are added on the first start).</summary>
    Procedures,
    /// <summary>At least one active service area: without one, no contact can be logged.</summary>
    ServiceAreas,
    /// <summary>At least one active officer, to take and work cases.</summary>
    Officers,
    /// <summary>At least one active team leader, to allocate and sign off Stage 1.</summary>
    TeamLeaders,
    /// <summary>At least one active head of service, to answer Stage 2.</summary>
    HeadsOfService,
    /// <summary>At least one active member of the complaints team, to run the process.</summary>
    ComplaintsTeam,
    /// <summary>A current letter template (the defaults are added on the first start).</summary>
    LetterTemplates,
}
