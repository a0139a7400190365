namespace ComplaintsHub.Core.Domain;

/// <summary>What an improvement action was raised from: the evidence a senior leader follows back.</summary>
public enum ImprovementActionSource
{
    /// <summary>One or more complaints that showed the same failing.</summary>
    Cases,
    /// <summary>An Ombudsman decision that found fault.</summary>
    OmbudsmanDecision,
    /// <summary>A head of service's spot check that found a failing in a case.</summary>
    SpotCheck,
}
