using System.Text.Json;
using Bunit;
using ComplaintsHub.Components.Shared;

namespace ComplaintsHub.Tests.Components;

public class ApexChartComponent : BunitContext
{
    private readonly BunitJSModuleInterop _module;

    public ApexChartComponent()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        _module = JSInterop.SetupModule("./js/apexchart.js");
        _module.SetupModule(invocation => invocation.Identifier == "render");
        _module.SetupVoid("update", _ => true).SetVoidResult();
        _module.SetupVoid("destroy", _ => true).SetVoidResult();
    }

    [Fact]
    public void DrawsOnceWithTheSeriesCategoriesAndADownloadToolbar()
    {
        var chart = Render<ApexChart>(p => p
            .Add(c => c.Title, "Received")
            .Add(c => c.Kind, ChartKind.StackedBar)
            .Add(c => c.Categories, ["Jul 2026", "Aug 2026"])
            .Add(c => c.Series, [new ChartSeries("Housing", [3, null]), new ChartSeries("Waste", [7, 9])]));

        var options = Options(Assert.Single(_module.Invocations["render"]));
        Assert.Equal("bar", options.GetProperty("chart").GetProperty("type").GetString());
        Assert.True(options.GetProperty("chart").GetProperty("stacked").GetBoolean());
        Assert.True(options.GetProperty("chart").GetProperty("toolbar").GetProperty("tools").GetProperty("download").GetBoolean());
        Assert.Equal(["Jul 2026", "Aug 2026"], options.GetProperty("xaxis").GetProperty("categories").EnumerateArray().Select(e => e.GetString()));
        var housing = options.GetProperty("series")[0];
        Assert.Equal("Housing", housing.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, housing.GetProperty("data")[1].ValueKind);   // a withheld count is a gap, never a number
        Assert.Equal("Chart: Received. The figures are in the table that follows.", chart.Find("[role=img]").GetAttribute("aria-label"));
        Assert.Empty(_module.Invocations["update"]);
    }

    [Fact]
    public void UpdatesTheSameChartWhenTheDataChangesButNotWhenItIsTheSame()
    {
        var chart = Render<ApexChart>(p => p
            .Add(c => c.Title, "Within timescale")
            .Add(c => c.Kind, ChartKind.HorizontalBar)
            .Add(c => c.Percent, true)
            .Add(c => c.Target, 0.9)
            .Add(c => c.Categories, ["Housing"])
            .Add(c => c.Series, [new ChartSeries("% within timescale", [0.8])]));

        chart.Render(p => p.Add(c => c.Series, [new ChartSeries("% within timescale", [0.8])]));
        Assert.Empty(_module.Invocations["update"]);

        chart.Render(p => p.Add(c => c.Series, [new ChartSeries("% within timescale", [0.95])]));

        Assert.Single(_module.Invocations["render"]);
        var update = Assert.Single(_module.Invocations["update"]);
        var options = Options(update, argument: 1);
        Assert.Equal(0.95, options.GetProperty("series")[0].GetProperty("data")[0].GetDouble());
        Assert.True(options.GetProperty("meta").GetProperty("percent").GetBoolean());
        Assert.Equal(0.9, options.GetProperty("meta").GetProperty("target").GetDouble());
    }

    [Fact]
    public void EverySeriesIsGivenAPaletteColourSoApexchartsNeverCyclesItsOwnFive()
    {
        var series = Enumerable.Range(1, 7).Select(i => new ChartSeries($"Area {i}", [i])).Append(new ChartSeries("Housing", [8], "#283593")).ToList();

        Render<ApexChart>(p => p
            .Add(c => c.Title, "Received")
            .Add(c => c.Kind, ChartKind.StackedBar)
            .Add(c => c.Categories, ["Jul 2026"])
            .Add(c => c.Series, series));

        var options = Options(Assert.Single(_module.Invocations["render"]));
        var colours = options.GetProperty("colors").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Equal([.. ChartPalette.Colours.Take(7), "#283593"], colours);
        Assert.Equal(8, colours.Distinct().Count());
        Assert.False(options.GetProperty("plotOptions").GetProperty("bar").GetProperty("distributed").GetBoolean());
        // Touching segments of two palette colours differ by far less than 3:1, so each is edged in white.
        Assert.Equal((1, "#FFFFFF"), (options.GetProperty("stroke").GetProperty("width").GetInt32(), options.GetProperty("stroke").GetProperty("colors")[0].GetString()));
    }

    [Fact]
    public void ColoursByCategoryDrawEachBarInItsOwnColourWithoutALegendThatRepeatsTheAxis()
    {
        Render<ApexChart>(p => p
            .Add(c => c.Title, "Within timescale")
            .Add(c => c.Kind, ChartKind.HorizontalBar)
            .Add(c => c.Categories, ["Housing", "Parking"])
            .Add(c => c.CategoryColours, ["#1565C0", "#C2185B"])
            .Add(c => c.Series, [new ChartSeries("% within timescale", [0.8, 0.9])]));

        var options = Options(Assert.Single(_module.Invocations["render"]));
        Assert.Equal(["#1565C0", "#C2185B"], options.GetProperty("colors").EnumerateArray().Select(c => c.GetString()));
        Assert.True(options.GetProperty("plotOptions").GetProperty("bar").GetProperty("distributed").GetBoolean());
        Assert.False(options.GetProperty("legend").GetProperty("show").GetBoolean());
    }

    [Fact]
    public async Task DestroysTheChartWhenRemoved()
    {
        var chart = Render<ApexChart>(p => p
            .Add(c => c.Title, "Trend")
            .Add(c => c.Kind, ChartKind.Line)
            .Add(c => c.Categories, ["Q1 2026/27"])
            .Add(c => c.Series, [new ChartSeries("Stage 1 received", [12])]));

        await chart.Instance.DisposeAsync();

        Assert.Single(_module.Invocations["destroy"]);
    }

    private static JsonElement Options(JSRuntimeInvocation invocation, int argument = 1) =>
        JsonSerializer.SerializeToElement(invocation.Arguments[argument], new JsonSerializerOptions(JsonSerializerDefaults.Web));
}
