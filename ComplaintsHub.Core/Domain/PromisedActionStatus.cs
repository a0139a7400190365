namespace ComplaintsHub.Core.Domain;

public enum PromisedActionStatus
{
    Open,
    Done,
}
