namespace ComplaintsHub.Core.Documents;

/// <summary>A file's size as people read it: "640 KB", "3.2 MB".</summary>
public static class DocumentSizes
{
    public static string Describe(long bytes) => bytes switch
    {
        < 1024 => $"{bytes:N0} bytes",
        < 1024 * 1024 => $"{Math.Ceiling(bytes / 1024.0):N0} KB",
        _ => $"{bytes / (1024.0 * 1024.0):0.0} MB",
    };
}
