namespace ComplaintsHub.Core.Domain;

/// <summary>A complaint an improvement action was raised from.</summary>
public sealed class ImprovementActionCase
{
    private ImprovementActionCase() { }

    internal ImprovementActionCase(int complaintId) => ComplaintId = complaintId;

    public int ImprovementActionId { get; private set; }
    public int ComplaintId { get; private set; }
}
