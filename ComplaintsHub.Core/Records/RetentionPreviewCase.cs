namespace ComplaintsHub.Core.Records;

/// <summary>A case past its retention period: one with no complainant that the next run will anonymise, or one a legal hold keeps.</summary>
public sealed record RetentionPreviewCase(int Id, string Reference, DateOnly ClosedOn, DateOnly RetainedUntil, string? HoldReason, DateOnly? HeldSince);
