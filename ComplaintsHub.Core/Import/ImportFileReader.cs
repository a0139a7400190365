namespace ComplaintsHub.Core.Import;

/// <summary>Reads an uploaded old list by its kind, named by its extension: .csv or .xlsx, nothing else.</summary>
public static class ImportFileReader
{
    /// <summary>Well above a spreadsheet of 20,000 cases with long descriptions, and small enough to hold in memory.</summary>
    public const long MaxBytes = 30 * 1024 * 1024;

    public static IReadOnlyList<string> Extensions { get; } = [".csv", ".xlsx"];

    /// <summary>Why a file cannot be read from its name and size alone, before reading it; null when it may be.</summary>
    public static string? RefusalBeforeReading(string fileName, long size)
    {
        if (!Extensions.Contains(Path.GetExtension(fileName).ToLowerInvariant()))
            return $"{fileName} is not a .csv or .xlsx file: save the list from the spreadsheet as \"CSV UTF-8\" or as an Excel workbook (.xlsx).";
        if (size == 0) return $"{fileName} is empty: the first row must name the columns.";
        if (size > MaxBytes) return $"{fileName} is {size / (1024.0 * 1024):0.#} MB: a file can be at most {MaxBytes / (1024 * 1024)} MB. Split the list into smaller files and import each.";
        return null;
    }

    /// <exception cref="ImportFileException">The file is of another kind, or its reader refuses it.</exception>
    public static ImportTable Read(Stream stream, string fileName)
    {
        var refusal = RefusalBeforeReading(fileName, stream.CanSeek ? stream.Length : 1);
        if (refusal is not null) throw new ImportFileException(refusal);
        return Path.GetExtension(fileName).Equals(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? XlsxFileReader.Read(stream, fileName)
            : CsvFileReader.Read(stream, fileName);
    }
}
