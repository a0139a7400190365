using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Records;

public sealed record AnonymisationRunRow(DateTime RanAt, AnonymisationKind Kind, string ByName, string Reason, int People, int Cases, int HeldCases);
