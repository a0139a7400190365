using System.Diagnostics;
using System.Text.Json;
using ComplaintsHub.Auth;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Letters;
using ComplaintsHub.Core.Learning;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ComplaintsHub.Tests.Browser;

/// <summary>
/// axe-core (WCAG 2.2 A and AA) over every page, plus the pages seen before signing in. The pages whose content changes
/// most with the role (home, a case, the dashboard) are audited as every role that may open them; the rest once, as the
/// first of the people below who may open it, because their markup is the same for each role and auditing each again
/// took minutes of every CI run. One browser context per person visits their pages in turn; axe-core is restored from
/// npm for the tests (test-assets) and injected into each page, never served by the app. On the same visit each page is
/// also seen at a small phone's width.
/// </summary>
[Collection(BrowserCollection.Name)]
public class Accessibility(BrowserFixture browser, ITestOutputHelper output)
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
    private static readonly string AxePath = Path.Combine(AppContext.BaseDirectory, "axe-core", "axe.min.js");

    /// <summary>Every page with the policy that guards it (null: any role); {case} and {draft} are filled per person, {improvement} with a demo improvement action, {spotcheck} with a case of the demo head of service's last sample.</summary>
    private static readonly (string Path, string? Policy)[] Pages =
    [
        ("/", null),
        ("/cases", Policies.Caseworker),
        ("/cases?due=week", Policies.Caseworker),
        ("/cases?unallocated=true", Policies.ManageTeamQueue),
        ("/cases?area=abc", Policies.Caseworker),
        ("/cases?flag=any", Policies.Caseworker),
        ("/actions", Policies.ManageTeamQueue),
        ("/improvement-actions", Policies.ManageTeamQueue),
        ("/improvement-actions?ended=true&overdue=true", Policies.ManageTeamQueue),
        // Guarded by ManageTeamQueue; audited as the complaints team, who see every area's actions.
        ("/improvement-actions/{improvement}", Policies.Administer),
        ("/learning", Policies.ManageTeamQueue),
        ("/learning?period=2026", Policies.Administer),
        ("/ombudsman-figures", Policies.Administer),
        ("/self-assessment?code=Housing", Policies.Administer),
        ("/records", Policies.Administer),
        ("/records/access?case={case}", Policies.Administer),
        ("/records/subject-access", Policies.Administer),
        ("/records/subject-access/1", Policies.Administer),
        ("/spot-checks", Policies.SpotChecks),
        ("/spot-checks?quarter=2026-Q1", Policies.Administer),
        // A case of the head of service's sample for the last quarter to end, with its checklist to answer.
        ("/spot-checks/{spotcheck}", Policies.SpotChecks),
        ("/cases/{case}", Policies.Caseworker),
        ("/letters/drafts/{draft}", Policies.Caseworker),
        ("/contacts/new", Policies.Caseworker),
        ("/inbox", Policies.Inbox),
        ("/kpis", Policies.ViewKpis),
        ("/annual-report", Policies.Administer),
        ("/admin/letters", Policies.Administer),
        ("/admin/letters?type=Stage1Response", Policies.Administer),
        ("/admin/letters?type=Stage1Response&case=CMP-1999-00001", Policies.Administer),
        ("/admin/calendar", Policies.Administer),
        ("/admin/staff", Policies.Administer),
        ("/admin/service-areas", Policies.Administer),
        ("/admin/reporting", Policies.Administer),
        ("/admin/hazard-timescales", Policies.Administer),
        ("/admin/procedures", Policies.Administer),
        ("/admin/council", Policies.Administer),
        ("/admin/import", Policies.Administer),
        ("/admin/email", Policies.Administer),
        ("/account/access-denied", null),
        ("/no-such-page", null),
    ];

    /// <summary>Audited as every role that may open them: what they show depends most on who is looking.</summary>
    private static readonly HashSet<string> EveryRolesPages = ["/", "/cases/{case}", "/kpis"];

    private int _improvementId;
    private string _spotCheck = "";

    private static readonly string[] AnonymousPages = ["/account/dev-signin", "/account/dev-signin?error=unavailable", "/account/signed-out", "/account/access-denied", "/no-such-page"];

    [Fact]
    public async Task NoPageHasASeriousOrCriticalViolationOrOverflowsAPhoneScreenForAnyRole()
    {
        Assert.True(File.Exists(AxePath), $"axe-core is missing at {AxePath}: the test project's build restores it with npm (test-assets).");
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var baseUrl = factory.StartKestrel();
        var timer = Stopwatch.StartNew();

        var people = new List<(CurrentStaff Staff, string? Reference, int? DraftId)>();
        foreach (var name in new[] { DemoStaff.Officer, DemoStaff.TeamLeader, DemoStaff.HeadOfService, DemoStaff.ComplaintsAdmin, DemoStaff.PortfolioHolder })
        {
            var staff = await StaffAsync(factory, name);
            var (reference, draftId) = staff.IsCaseworker ? await CaseAndDraftAsync(factory, staff) : (null, null);
            people.Add((staff, reference, draftId));
        }

        // Each page goes to the first person who may open it (and has a case and draft to fill it with), except the
        // pages every role sees differently.
        _improvementId = (await factory.Get<ImprovementActionsQuery>().ListAsync(new ImprovementActionFilter { IncludeEnded = true },
            people.Single(p => p.Staff.Name == DemoStaff.ComplaintsAdmin).Staff)).Rows[0].Id;
        var head = people.Single(p => p.Staff.Name == DemoStaff.HeadOfService).Staff;
        var quarter = factory.Get<SpotChecksQuery>().Quarters()[0];
        var drawn = (await factory.Get<SpotChecksQuery>().SampleAsync(quarter, head.StaffUserId, head)).Rows[0];
        _spotCheck = $"{quarter.Key}/{head.StaffUserId}/{drawn.CaseId}";
        var pagesOf = people.ToDictionary(p => p.Staff.StaffUserId, _ => new List<string>());
        foreach (var (template, policy) in Pages)
        {
            var able = people.Where(p => MayOpen(p.Staff, policy) && (!template.Contains("{case}") || p.Reference is not null) && (!template.Contains("{draft}") || p.DraftId is not null)).ToList();
            foreach (var person in EveryRolesPages.Contains(template) ? able : able.Take(1)) pagesOf[person.Staff.StaffUserId].Add(template);
        }

        Assert.All(Pages, p => Assert.Contains(pagesOf.Values, pages => pages.Contains(p.Path)));

        // Two roles' contexts at a time (each visits its pages in turn): on two cores, six at once starve the server and
        // the sign-in navigation times out while the rest of the suite runs alongside.
        using var twoAtATime = new SemaphoreSlim(2);
        async Task<(int Visited, List<string> Failures)> InTurn(Func<Task<(int, List<string>)>> audit)
        {
            await twoAtATime.WaitAsync();
            try { return await audit(); }
            finally { twoAtATime.Release(); }
        }

        var results = await Task.WhenAll(people.Select(p => InTurn(() => AuditAsAsync(baseUrl, p.Staff, pagesOf[p.Staff.StaffUserId], p.Reference, p.DraftId))).Prepend(InTurn(() => AuditAnonymouslyAsync(baseUrl))));
        var failures = results.SelectMany(r => r.Failures).ToList();
        var visited = results.Sum(r => r.Visited);

        output.WriteLine($"axe-core checked {visited} page states in {timer.Elapsed.TotalSeconds:0} s.");
        Assert.True(visited >= Pages.Length + AnonymousPages.Length, $"only {visited} page states were checked");
        Assert.True(failures.Count == 0, $"{failures.Count} serious or critical violations or phone-width problems over {visited} page states in {timer.Elapsed.TotalSeconds:0} s:\n{string.Join("\n", failures)}");
    }

    private async Task<(int Visited, List<string> Failures)> AuditAnonymouslyAsync(string baseUrl)
    {
        var page = await AuditPageAsync(baseUrl);
        var failures = new List<string>();
        foreach (var path in AnonymousPages) failures.AddRange(await AuditAsync(page, path, "anonymous", interactive: false));
        failures.AddRange(browser.ContentSecurityPolicyViolations(page).Select(v => $"as anonymous: {v}"));
        await page.Context.CloseAsync();
        return (AnonymousPages.Length, failures);
    }

    /// <summary>
    /// A page for one role's audit. Its navigations may take a minute: this test visits some fifty page states while the
    /// rest of the suite runs alongside, and on two cores a page load then once took longer than the usual 20 seconds.
    /// </summary>
    private async Task<IPage> AuditPageAsync(string baseUrl)
    {
        var page = await browser.NewPageAsync(baseUrl);
        page.Context.SetDefaultNavigationTimeout(60_000);
        return page;
    }

    private static bool MayOpen(CurrentStaff staff, string? policy) => policy is null || Policies.Roles[policy].Any(staff.Roles.Contains);

    /// <summary>Signs in as the person and audits the pages given, in turn, in one browser context.</summary>
    private async Task<(int Visited, List<string> Failures)> AuditAsAsync(string baseUrl, CurrentStaff staff, IReadOnlyList<string> pages, string? reference, int? draftId)
    {
        var person = staff.Name;
        var page = await AuditPageAsync(baseUrl);
        await page.GotoAsync("/account/dev-signin");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Sign in as {person}" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/dev-signin"));
        var failures = new List<string>();
        var visited = 0;
        foreach (var template in pages)
        {
            var path = template.Replace("{case}", reference).Replace("{draft}", $"{draftId}").Replace("{improvement}", $"{_improvementId}").Replace("{spotcheck}", _spotCheck);
            failures.AddRange(await AuditAsync(page, path, person, interactive: !path.StartsWith("/account/") && path != "/no-such-page"));
            visited++;
        }

        failures.AddRange(browser.ContentSecurityPolicyViolations(page).Select(v => $"as {person}: {v}"));
        await page.Context.CloseAsync();
        return (visited, failures);
    }

    /// <summary>Opens the page, waits until it has finished loading its data, runs axe and names each violation.</summary>
    private static async Task<IEnumerable<string>> AuditAsync(IPage page, string path, string who, bool interactive)
    {
        var response = await page.GotoAsync(path);
        if (interactive) await SignInJourney.WaitUntilInteractiveAsync(page);
        await Assertions.Expect(page.Locator(".mud-progress-linear, .mud-table-loading")).ToHaveCountAsync(0);
        // Evaluated rather than added as a script tag: the content security policy rightly refuses inline scripts.
        await page.EvaluateAsync(await File.ReadAllTextAsync(AxePath));
        var json = await page.EvaluateAsync<string>(
            """
            async tags => {
                const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
                return JSON.stringify(results.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({ rule: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')), html: v.nodes[0].html.slice(0, 200) })));
            }
            """, WcagTags);
        var violations = JsonSerializer.Deserialize<List<AxeViolation>>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        var status = response?.Status is { } code && code >= 500 ? [$"{path} as {who}: answered {code}"] : Array.Empty<string>();
        return status
            .Concat(violations.Select(v => $"{path} as {who}: {v.Rule} ({v.Impact}) {v.Help} at {string.Join(" | ", v.Targets.Take(5))}, e.g. {v.Html}"))
            .Concat(await PhoneWidthProblemsAsync(page, path, who));
    }

    private const int PhoneWidth = 360;

    /// <summary>
    /// The page on a small phone (360 px wide): nothing wider than the screen, so nothing needs scrolling sideways, and
    /// Sign out on the screen. Checked on the same visit as axe, which saves loading every page a second time.
    /// </summary>
    private static async Task<IEnumerable<string>> PhoneWidthProblemsAsync(IPage page, string path, string who)
    {
        var size = page.ViewportSize!;
        await page.SetViewportSizeAsync(PhoneWidth, 800);
        try
        {
            // MudBlazor lays the drawer and the grids out again on a resize, some of it after a round trip to the server,
            // and apexcharts redraws a moment after the resize ends: a phone that opens the page at its width has neither
            // wait, so the page is given up to two seconds to settle.
            var widths = Array.Empty<double>();
            for (var waited = 0; waited <= 2000 && (widths.Length == 0 || widths[0] > PhoneWidth); waited += 200)
            {
                await page.WaitForTimeoutAsync(200);
                widths = await page.EvaluateAsync<double[]>(
                    "() => [document.documentElement.scrollWidth, document.querySelector('[data-testid=sign-out]')?.getBoundingClientRect().right ?? 0]");
            }

            var problems = new List<string>();
            if (widths[0] > PhoneWidth)
            {
                // The innermost elements that stick out, to say where to look.
                var culprits = await page.EvaluateAsync<string>(
                    """
                    width => [...document.querySelectorAll('body *')]
                        .filter(e => e.getBoundingClientRect().right > width + 1 && ![...e.children].some(c => c.getBoundingClientRect().right > width + 1))
                        .slice(0, 3).map(e => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} (${Math.round(e.getBoundingClientRect().right)} px)`).join(', ')
                    """, PhoneWidth);
                problems.Add($"{path} as {who}: {widths[0]:0} px wide on a {PhoneWidth} px screen, so it scrolls sideways; it sticks out at {culprits}");
            }

            if (widths[1] > PhoneWidth) problems.Add($"{path} as {who}: Sign out ends at {widths[1]:0} px, off a {PhoneWidth} px screen");
            return problems;
        }
        finally
        {
            await page.SetViewportSizeAsync(size.Width, size.Height);
        }
    }

    private static async Task<CurrentStaff> StaffAsync(ComplaintsHubFactory factory, string name)
    {
        var row = (await factory.Get<StaffDirectory>().ListAsync()).Single(s => s.DisplayName == name);
        return new CurrentStaff(row.Id, row.DisplayName, row.Roles.ToHashSet());
    }

    /// <summary>An open case the person can see, and a letter draft on it of a type the person may write.</summary>
    private static async Task<(string? Reference, int? DraftId)> CaseAndDraftAsync(ComplaintsHubFactory factory, CurrentStaff staff)
    {
        var rows = (await factory.Get<CaseListQuery>().SearchAsync(new CaseListFilter { OpenOnly = true, Sort = CaseSort.ReceivedNewest }, staff, 0, 50)).Rows;
        foreach (var row in rows)
        {
            if (await factory.Get<CaseQuery>().GetAsync(row.Reference, staff) is not CaseLookup.Found found) continue;
            var type = LetterService.Fitting(found.Case).Where(t => !LetterService.Responses.Contains(t)).Cast<LetterType?>().FirstOrDefault();
            if (type is null) continue;
            return (row.Reference, await factory.Get<LetterService>().CreateDraftAsync(row.Reference, type.Value, null, staff));
        }

        return (rows.FirstOrDefault()?.Reference, null);
    }

    private sealed record AxeViolation(string Rule, string Impact, string Help, string[] Targets, string Html);
}
