namespace ComplaintsHub.Core.Records;

/// <summary>A subject access request in the list: who, when due, how many records it covers, and whether it is late.</summary>
public sealed record SubjectAccessRow(int Id, string Requester, DateOnly ReceivedOn, DateOnly DueOn, DateOnly? SentOn, int Records, bool Overdue);
