using ComplaintsHub.Core.Refusals;

namespace ComplaintsHub.Core.Import;

/// <summary>A file that cannot be read as a table at all (not CSV, not a workbook, no header).</summary>
public sealed class ImportFileException(string message) : RefusalException(message);
