using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace ComplaintsHub.Tests.Web;

public class Telemetry
{
    [Fact]
    public async Task ACaseChangeIsLoggedWithTheCaseReferenceAndUserIdAndNothingOfTheComplainant()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var (caseId, version, reference, complainant) = await SomeOpenCaseAsync(factory);
        var officer = await StaffAsync(factory, DemoStaff.TeamLeader);

        await factory.Get<CaseActions>().ApplyAsync(caseId, version, new AddNoteCommand("Rang back about the repair."), officer);

        var saved = factory.Logs.Records.Single(r => r.Category == typeof(CaseActions).FullName && r.Level == LogLevel.Information);
        Assert.Equal(reference, saved.Values["CaseReference"]);
        Assert.Equal(officer.StaffUserId, saved.Values["UserId"]);
        Assert.Equal(nameof(AddNoteCommand), saved.Values["Command"]);
        var everything = string.Join("\n", factory.Logs.Records.Select(r => r.Message + " " + string.Join(" ", r.Values.Values)));
        Assert.All(complainant, detail => Assert.DoesNotContain(detail, everything, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task WithAnOtlpEndpointSetTracesMetricsAndLogsReachTheCollector()
    {
        await using var collector = await OtlpReceiver.StartAsync();
        await using var factory = await ComplaintsHubFactory.CreateAsync(settings: new Dictionary<string, string?> { ["Telemetry:OtlpEndpoint"] = collector.Endpoint });
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsAsync(DemoStaff.TeamLeader);
        var (caseId, version, reference, complainant) = await SomeOpenCaseAsync(factory);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync($"/cases/{reference}?q={Uri.EscapeDataString(complainant[0])}")).StatusCode);
        await factory.Get<CaseActions>().ApplyAsync(caseId, version, new AddNoteCommand("Rang back about the repair."), await StaffAsync(factory, DemoStaff.TeamLeader));

        // A request's span ends just after its response has gone, so the first flush may be a moment early.
        var traces = "";
        for (var attempt = 0; attempt < 50 && !traces.Contains("GET /cases/{Reference}", StringComparison.Ordinal); attempt++)
        {
            if (attempt > 0) await Task.Delay(100);
            Assert.True(factory.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
            traces = collector.Received("/v1/traces");
        }

        Assert.True(factory.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000));
        Assert.True(factory.Services.GetRequiredService<LoggerProvider>().ForceFlush(10_000));
        Assert.Contains("GET /cases/{Reference}", traces);
        Assert.DoesNotContain(complainant[0], traces, StringComparison.OrdinalIgnoreCase);
        var metrics = collector.Received("/v1/metrics");
        Assert.Contains("http.server.request.duration", metrics);
        Assert.Contains("complaintshub.case.changes", metrics);
        var logs = collector.Received("/v1/logs");
        Assert.Contains("CaseReference", logs);
        Assert.Contains(reference, logs);
    }

    private static async Task<(int Id, Guid Version, string Reference, string[] Complainant)> SomeOpenCaseAsync(ComplaintsHubFactory factory)
    {
        await using var db = await factory.Get<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync();
        var found = await db.Complaints.AsNoTracking()
            .Where(c => c.Status != CaseStatus.Closed && c.Status != CaseStatus.Withdrawn && c.ServiceArea!.Name == "Housing" && c.Complainant!.Email != null)
            .OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.Version, c.Reference, c.Complainant!.FirstName, c.Complainant.LastName, c.Complainant.Email })
            .FirstAsync();
        return (found.Id, found.Version, found.Reference, [$"{found.FirstName} {found.LastName}", found.Email!]);
    }

    private static async Task<CurrentStaff> StaffAsync(ComplaintsHubFactory factory, string name)
    {
        var staff = (await factory.Get<StaffDirectory>().ListAsync()).Single(s => s.DisplayName == name);
        return new CurrentStaff(staff.Id, staff.DisplayName, staff.Roles.ToHashSet());
    }
}
