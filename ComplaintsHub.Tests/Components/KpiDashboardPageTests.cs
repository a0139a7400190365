using System.Text.Json;
using Bunit;
using ComplaintsHub.Components.Pages.Kpis;
using ComplaintsHub.Components.Shared;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Reports;
using ComplaintsHub.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Extensions;

namespace ComplaintsHub.Tests.Components;

/// <summary>The performance dashboard over the demo council's two years of complaints, with the charts' options as apexcharts.js gets them.</summary>
[Trait(TestToday.Category, TestToday.DateSensitive)]
public class KpiDashboardPage : ComponentTestContext, IAsyncLifetime
{
    private const string ReceivedChart = "Complaints received by month and service area";
    private const string WithinChart = "Responses within timescale by service area";

    private TestDatabase _database = null!;
    private BunitJSModuleInterop _charts = null!;
    private List<(int Id, string Name)> _areas = [];

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await _database.Get<DemoDataSeeder>().SeedAsync();
        Services.AddSingleton(_database.Get<KpiQuery>());
        Services.AddSingleton<TimeProvider>(_database.Clock);
        _charts = JSInterop.SetupModule("./js/apexchart.js");
        _charts.SetupModule(invocation => invocation.Identifier == "render");
        _charts.SetupVoid("update", _ => true).SetVoidResult();
        _charts.SetupVoid("destroy", _ => true).SetVoidResult();
        await using var db = await _database.Factory.CreateDbContextAsync();
        var admin = await db.StaffUsers.SingleAsync(s => s.DisplayName == DemoStaff.ComplaintsAdmin);
        _areas = (await db.ServiceAreas.OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync()).Select(a => (a.Id, a.Name)).ToList();
        SignIn(admin.Id, admin.DisplayName, StaffRole.ComplaintsAdmin);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public void ItOpensOnTheLastCompleteQuarterWithOpenAndOverdueTakenAtItsEnd()
    {
        var lastComplete = ReportPeriod.LastCompleteQuarter(TestToday.Date);

        var page = Open("kpis");

        // On 20 November 2026: "Q2 2026/27 (1 July 2026 to 30 September 2026)", not the running Q3.
        Assert.Contains(lastComplete.LongLabel, page.Find("[data-testid=period-summary]").TextContent);
        Assert.Contains("taken at the end of the period", page.Find("[data-testid=period-summary]").TextContent);
        Assert.Equal(lastComplete.Key, Select(page, "period").Instance.GetState(x => x.Value));
        var months = Chart(ReceivedChart).GetProperty("xaxis").GetProperty("categories").EnumerateArray().Select(m => m.GetString());
        Assert.Equal(lastComplete.Months.Select(m => m.ToString("MMM yyyy")), months);
        Assert.Contains("Overdue at period end", page.Find("[data-testid=tile-overdue]").TextContent);
    }

    [Fact]
    public void EachServiceAreaHasAColourOfItsOwnAndTheSameOneInTheWithinTimescaleChart()
    {
        Open("kpis");

        var received = Chart(ReceivedChart);
        var names = received.GetProperty("series").EnumerateArray().Select(s => s.GetProperty("name").GetString()!).ToList();
        var colours = received.GetProperty("colors").EnumerateArray().Select(c => c.GetString()!).ToList();
        Assert.Equal(_areas.Select(a => a.Name), names);
        Assert.True(names.Count >= 7, $"the demo council has {names.Count} service areas");
        Assert.Equal(names.Count, colours.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(colours, c => Assert.Contains(c, ChartPalette.Colours));

        var within = Chart(WithinChart);
        var areasDown = within.GetProperty("xaxis").GetProperty("categories").EnumerateArray().Select(c => c.GetString()!).ToList();
        var barColours = within.GetProperty("colors").EnumerateArray().Select(c => c.GetString()!).ToList();
        Assert.True(within.GetProperty("plotOptions").GetProperty("bar").GetProperty("distributed").GetBoolean());
        Assert.Equal(areasDown.Select(a => colours[names.IndexOf(a)]), barColours);
    }

    [Fact]
    public void ChoosingOneServiceAreaKeepsItsColour()
    {
        Open("kpis");
        var everyArea = Chart(ReceivedChart);
        var waste = _areas.Single(a => a.Name == "Waste & Recycling");
        var wasteColour = everyArea.GetProperty("colors")[_areas.IndexOf(waste)].GetString();

        Open($"kpis?area={waste.Id}");

        var oneArea = Chart(ReceivedChart);
        Assert.Equal("Waste & Recycling", Assert.Single(oneArea.GetProperty("series").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal(wasteColour, Assert.Single(oneArea.GetProperty("colors").EnumerateArray()).GetString());
        Assert.NotEqual(ChartPalette.Colours[0], wasteColour);
    }

    private IRenderedComponent<CascadingAuthenticationState> Open(string address)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(address);
        var drawnBefore = _charts.Invocations["render"].Count;
        var page = RenderSignedIn<KpiDashboard>();
        // The figures arrive from reads running side by side on the thread pool, so on a busy machine they take a while.
        page.WaitForElement("[data-testid=period-summary]", TimeSpan.FromSeconds(10));
        // The figures arrive from reads running side by side, so each chart is drawn once its part of the page has rendered.
        page.WaitForAssertion(() => Assert.All(new[] { ReceivedChart, WithinChart }, title =>
            Assert.Contains(_charts.Invocations["render"].Skip(drawnBefore), i => Title(i) == title)), TimeSpan.FromSeconds(10));
        return page;
    }

    /// <summary>The options of the chart with this title most recently drawn.</summary>
    private JsonElement Chart(string title) => Options(_charts.Invocations["render"].Last(i => Title(i) == title));

    private static JsonElement Options(JSRuntimeInvocation render) =>
        JsonSerializer.SerializeToElement(render.Arguments[1], new JsonSerializerOptions(JsonSerializerDefaults.Web));

    private static string? Title(JSRuntimeInvocation render) => Options(render).GetProperty("title").GetProperty("text").GetString();

    private static IRenderedComponent<MudSelect<string>> Select(IRenderedComponent<CascadingAuthenticationState> page, string testId) =>
        page.FindComponents<MudSelect<string>>().Single(s => Equals(s.Instance.UserAttributes.GetValueOrDefault("data-testid"), testId));
}
