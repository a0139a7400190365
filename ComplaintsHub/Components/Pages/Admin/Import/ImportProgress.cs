namespace ComplaintsHub.Components.Pages.Admin.Import;

/// <summary>
/// Carries the importer's row count to the progress bar, asking for a render only when the whole percentage moves:
/// 20,000 rows would otherwise mean 20,000 renders.
/// </summary>
public sealed class ImportProgress(int total, Func<Task> changed) : IProgress<int>
{
    private int _shown = -1;

    public int Done { get; private set; }

    public int Percent => total == 0 ? 100 : (int)(Math.Min(Done, total) * 100L / total);

    public void Report(int value)
    {
        Done = value;
        if (Percent == _shown) return;
        _shown = Percent;
        _ = changed();
    }
}
