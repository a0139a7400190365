namespace ComplaintsHub.Core.Records;

/// <summary>The complaints team's decision to erase one person's data now, with the reason the law allows it.</summary>
public sealed record ErasureRequest(int ComplainantId, string Reason);
