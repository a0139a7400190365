using ComplaintsHub.Components.Pages.Admin.Import;

namespace ComplaintsHub.Tests.Components;

public class ImportProgressBar
{
    [Fact]
    public void TwentyThousandRowsRedrawTheBarOncePerWholePercentNotOncePerRow()
    {
        var drawn = new List<int>();
        ImportProgress? progress = null;
        progress = new ImportProgress(20_000, () =>
        {
            drawn.Add(progress!.Percent);
            return Task.CompletedTask;
        });

        for (var row = 1; row <= 20_000; row++) progress.Report(row);

        Assert.Equal(Enumerable.Range(0, 101), drawn);
        Assert.Equal((20_000, 100), (progress.Done, progress.Percent));
    }
}
