namespace ComplaintsHub.Core.Domain;

/// <summary>Where a service improvement action stands. Done and dropped are final: a new need is a new action.</summary>
public enum ImprovementActionStatus
{
    Planned,
    InProgress,
    Done,
    Dropped,
}
