namespace ComplaintsHub.Core.Letters;

/// <summary>Where LibreOffice is, which makes each issued letter's PDF from its Word document, and how long it may take.</summary>
public sealed class LibreOfficeOptions
{
    public const string Section = "Letters:LibreOffice";

    /// <summary>The soffice executable: a full path, or a name looked for on PATH.</summary>
    public string Path { get; set; } = "soffice";

    /// <summary>How long one conversion may take before it is stopped and the issue refused.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The executable's full path, or null when there is no such file (nor one of that name on PATH).</summary>
    public string? FindExecutable()
    {
        if (string.IsNullOrWhiteSpace(Path)) return null;
        if (Path.Contains(System.IO.Path.DirectorySeparatorChar) || Path.Contains(System.IO.Path.AltDirectorySeparatorChar))
        {
            return File.Exists(Path) ? System.IO.Path.GetFullPath(Path) : null;
        }

        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var names = OperatingSystem.IsWindows() ? [Path, Path + ".exe"] : new[] { Path };
        return folders.SelectMany(folder => names.Select(name => System.IO.Path.Combine(folder, name))).FirstOrDefault(File.Exists);
    }
}
