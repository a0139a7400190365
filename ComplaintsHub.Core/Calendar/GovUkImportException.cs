using ComplaintsHub.Core.Refusals;

namespace ComplaintsHub.Core.Calendar;

/// <summary>A bank-holidays file was refused as a whole (nothing is imported), with every problem found and its line.</summary>
public sealed class GovUkImportException(string message, IReadOnlyList<ImportProblem> problems) : RefusalException(message)
{
    public IReadOnlyList<ImportProblem> Problems { get; } = problems;
}
