using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Documents;

/// <summary>What may be kept with a case, from the <c>Documents</c> section; checked at start-up (<see cref="DocumentOptionsValidation"/>).</summary>
public sealed class DocumentOptions
{
    public const string Section = "Documents";

    /// <summary>The largest file, in megabytes (1 MB = 1,048,576 bytes).</summary>
    public int MaxFileSizeMegabytes { get; set; } = 25;

    /// <summary>The kinds accepted, by name (e.g. <c>["Jpeg", "Png", "Pdf"]</c>); every kind when not set.</summary>
    public DocumentKind[]? AllowedKinds { get; set; }

    public long MaxFileSizeBytes => MaxFileSizeMegabytes * 1024L * 1024L;

    public IReadOnlySet<DocumentKind> Allowed => (AllowedKinds is { Length: > 0 } kinds ? kinds : Enum.GetValues<DocumentKind>()).ToHashSet();
}
