namespace ComplaintsHub.Core.Queries;

public enum CaseSort
{
    NextDue,
    ReceivedNewest,
    ReceivedOldest,
    Reference,
}
