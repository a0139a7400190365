using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Documents;

/// <summary>What a file turned out to be: its kind, or why it cannot be kept.</summary>
public sealed record DocumentDetection(DocumentKind? Kind, string? Refusal)
{
    public static DocumentDetection Accepted(DocumentKind kind) => new(kind, null);

    public static DocumentDetection Refused(string why) => new(null, why);
}
