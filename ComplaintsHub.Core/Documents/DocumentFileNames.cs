namespace ComplaintsHub.Core.Documents;

/// <summary>
/// A file name as it is kept and offered for download: only the last part of any path, no control characters or
/// characters that Windows refuses, no trailing dots or spaces, at most <see cref="MaxLength"/> characters with the
/// extension kept, and never empty.
/// </summary>
public static class DocumentFileNames
{
    public const int MaxLength = 150;
    private const string Fallback = "document";
    private static readonly char[] Reserved = ['<', '>', ':', '"', '/', '\\', '|', '?', '*'];

    public static string Clean(string? name)
    {
        var last = (name ?? "").Split('/', '\\').Last();
        var chars = last.Select(c => char.IsControl(c) || Reserved.Contains(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format ? '_' : c).ToArray();
        var clean = new string(chars).Trim().TrimEnd('.', ' ').TrimStart('.');
        if (clean.Replace("_", "").Trim().Length == 0) clean = Fallback + Extension(clean);
        if (clean.Length <= MaxLength) return clean;
        var extension = Extension(clean);
        if (extension.Length > 20) extension = "";
        return clean[..(MaxLength - extension.Length)].TrimEnd('.', ' ') + extension;
    }

    /// <summary>The extension with its dot, lower case ("" when none).</summary>
    public static string Extension(string name)
    {
        var dot = name.LastIndexOf('.');
        return dot < 0 || dot == name.Length - 1 ? "" : name[dot..].ToLowerInvariant();
    }
}
