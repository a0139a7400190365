namespace ComplaintsHub.Core.Queries;

public abstract record CaseLookup
{
    public sealed record Found(CaseDetails Case) : CaseLookup;
    public sealed record NotFound : CaseLookup;
    public sealed record NoAccess(string Reason) : CaseLookup;
}
