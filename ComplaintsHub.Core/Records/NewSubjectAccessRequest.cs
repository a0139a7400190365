namespace ComplaintsHub.Core.Records;

/// <summary>A subject access request as it is logged: who asked, when it arrived, and whether staff names go in the bundle.</summary>
public sealed record NewSubjectAccessRequest(string Requester, DateOnly? ReceivedOn, bool IncludeStaffNames)
{
    public const string RequesterField = "Requester";
    public const string ReceivedOnField = "ReceivedOn";
}
