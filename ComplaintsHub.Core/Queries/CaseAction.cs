using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Queries;

public sealed record CaseAction(ComplaintAction Action, string? Refusal)
{
    public bool Allowed => Refusal is null;
}
