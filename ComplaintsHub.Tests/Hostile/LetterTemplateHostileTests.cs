using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Letters;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Tests.Browser;
using ComplaintsHub.Tests.Data;
using ComplaintsHub.Tests.Letters;
using ComplaintsHub.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace ComplaintsHub.Tests.Hostile;

/// <summary>Templates written to break letters: each is refused with its reason, and no merge runs away.</summary>
[Trait("Category", "Hostile")]
public class LetterTemplateSandbox
{
    /// <summary>Long enough for any of these merges, far short of what an unlimited one would take.</summary>
    internal static readonly TimeSpan NoHang = TimeSpan.FromSeconds(30);

    private static readonly FakeTimeProvider Clock = TestToday.NewClock();
    private static readonly LetterSandboxLimits Limits = LetterSandboxLimits.Letters;

    internal static string TooManySteps => "Merged, the template's loops run more than 10,000 times in all: a letter's loops may run at most 10,000 times.";
    internal static string TooLong => "The merged letter is longer than 40,000 characters: a letter may be at most 40,000.";

    internal static string Nested(int depth, string inside = "x") =>
        string.Concat(Enumerable.Repeat("{% if case.reference %}", depth)) + inside + string.Concat(Enumerable.Repeat("{% endif %}", depth));

    private static LetterMerge Merge(string template) => LetterSandbox.Merge(template, LetterRendering.Sample().ToFields(), Clock);

    private static Task<LetterMerge> MergeAsync(string template) => LetterSandbox.MergeAsync(template, LetterRendering.Sample().ToFields(), Clock).WaitAsync(NoHang);

    [Theory]
    [InlineData("include 'letterhead'")]
    [InlineData("render 'letterhead'")]
    [InlineData("extends 'base'")]
    [InlineData("block body")]
    public void ATagThatReadsAnotherFileIsRefusedWithItsLineAndReason(string tag)
    {
        var template = "Dear {{ complainant.name }}\n  {% " + tag + " %}\nOur reference {{ case.reference }}";
        var expected = $"Line 2, column 3: the \"{tag.Split(' ')[0]}\" tag is not allowed: a letter cannot read other templates or files.";

        Assert.Equal(expected, LetterTemplateValidator.Validate(LetterType.NotAComplaint, template)[0].ToString());
        Assert.Equal(expected, Assert.Single(Merge(template).Problems).ToString());
    }

    [Theory]
    [InlineData("{% assign point = case.reference %}", "assign")]
    [InlineData("{% capture point %}{{ case.summary }}{% endcapture %}", "capture")]
    [InlineData("{% cycle 'a', 'b' %}", "cycle")]
    [InlineData("{% tablerow point in response.points %}x{% endtablerow %}", "tablerow")]
    [InlineData("{% increment point %}", "increment")]
    public void ATagALetterDoesNotNeedIsRefused(string template, string tag)
    {
        var problems = LetterTemplateValidator.Validate(LetterType.NotAComplaint, "{{ case.reference }}\n" + template);

        Assert.Equal($"Line 2, column 1: the \"{tag}\" tag is not allowed in a letter: use if, unless, case and for with the fields listed beside the editor.", problems[0].ToString());
        Assert.Null(Merge(template).Text);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(150)]
    [InlineData(1_100)]
    public void BlocksNestedBeyondTheLimitAreRefusedAtTheFirstTooDeep(int depth)
    {
        // Each opening tag is 23 characters: the eleventh starts at column 231.
        const string Expected = "Line 1, column 231: blocks are nested 11 deep here: a letter may put at most 10 if, unless, case, for or comment blocks inside one another.";

        Assert.Equal(Expected, Assert.Single(LetterTemplateValidator.Validate(LetterType.NotAComplaint, Nested(depth))).ToString());
        Assert.Equal(Expected, Assert.Single(Merge(Nested(depth)).Problems).ToString());
    }

    [Fact]
    public void ThousandsOfRefusedTagsListTheFirstTwentyAndCountTheRest()
    {
        var problems = LetterTemplateValidator.Validate(LetterType.NotAComplaint, string.Concat(Enumerable.Repeat("{% include 'x' %}\n", 2_000)));

        Assert.Equal(21, problems.Count);
        Assert.Equal("Line 20, column 1: the \"include\" tag is not allowed: a letter cannot read other templates or files.", problems[19].ToString());
        Assert.Equal("And 1,980 more problems like these.", problems[20].ToString());
    }

    [Fact]
    public void BlocksNestedToTheLimitMerge()
    {
        Assert.Equal("x", Merge(Nested(Limits.Nesting)).Text);
    }

    [Theory]
    [InlineData(99, true)]   // 99 + 99 × 99 = 9,900 passes
    [InlineData(100, false)] // 100 + 100 × 100 = 10,100 passes
    public void LoopsInsideLoopsCountEveryPassTowardsOneLimit(int size, bool merges)
    {
        var merge = Merge($"{{% for point in (1..{size}) %}}{{% for action in (1..{size}) %}}x{{% endfor %}}{{% endfor %}}");

        Assert.Equal(merges ? size * size : (int?)null, merge.Text?.Length);
        Assert.Equal(merges ? Array.Empty<string>() : [TooManySteps], merge.Problems.Select(p => p.Message));
    }

    [Theory]
    [InlineData("{% for point in (1..100000) %}{% for action in (1..100000) %}x{% endfor %}{% endfor %}")]
    [InlineData("{% for point in (1..2000000) %}{{ case.summary }}{% endfor %}")]
    [InlineData("{% for point in (1..2000000000) %}{% endfor %}")]
    [InlineData("{% for point in (1..5000) %}{% for action in (1..5000) %}{% endfor %}{% endfor %}")]
    public async Task TheLoopsThatPinnedACpuAreRefusedPromptly(string template)
    {
        var merge = await MergeAsync(template);

        Assert.Equal([TooManySteps], merge.Problems.Select(p => p.Message));
    }

    [Theory]
    [InlineData(40, true)]
    [InlineData(41, false)]
    public void TheMergedLetterMayBeAtMostTheOutputLimit(int lineLength, bool merges)
    {
        var merge = Merge("{% for point in (1..1000) %}" + new string('a', lineLength) + "{% endfor %}");

        Assert.Equal(merges ? 40_000 : (int?)null, merge.Text?.Length);
        Assert.Equal(merges ? Array.Empty<string>() : [TooLong], merge.Problems.Select(p => p.Message));
    }

    [Fact]
    public void AReplaceThatWouldMultiplyTheTextPastTheLimitIsRefusedBeforeItIsBuilt()
    {
        // "size" prints only the length, so the output limit alone would never see the 50,000 characters.
        var merge = Merge("{{ \"eeeeeeeeee\" | replace: \"e\", \"" + new string('x', 5_000) + "\" | size }}");

        Assert.Equal([TooLong], merge.Problems.Select(p => p.Message));
    }

    [Fact]
    public void ATemplateLongerThanTheLimitIsRefused()
    {
        var problems = LetterTemplateValidator.Validate(LetterType.NotAComplaint, "{{ case.reference }}" + new string('a', 39_981));

        Assert.Equal("The template is 40,001 characters long: a template may be at most 40,000.", Assert.Single(problems).ToString());
    }

    [Fact]
    public void AFilterOutsideTheListIsRefusedWhenAnOldRevisionIsMerged()
    {
        const string Template = "Dear {{ case.summary | split: \"\" | join: \"long glue\" }}";

        var merge = Merge(Template);

        Assert.Equal($"Line 1, column {Template.IndexOf("split", StringComparison.Ordinal) + 1}: unknown filter \"split\".", Assert.Single(merge.Problems).ToString());
    }

    [Fact]
    public async Task AMergeThatRunsPastTheTimeLimitIsStoppedAndSaysSo()
    {
        var clock = TestToday.NewClock();
        var unlimited = Limits with { LoopSteps = int.MaxValue, OutputCharacters = int.MaxValue };
        var merging = Task.Run(() => LetterSandbox.Merge(
            "{% for point in (1..100000) %}{% for action in (1..100000) %}{% endfor %}{% endfor %}", LetterRendering.Sample().ToFields(), clock, unlimited, CancellationToken.None));

        // The deadline is on the injected clock: move it on until the merge notices, as a real clock would.
        for (var waited = TimeSpan.Zero; !merging.IsCompleted && waited < NoHang; waited += TimeSpan.FromMilliseconds(50))
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(50);
        }

        var merge = await merging.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(["Merging the template took longer than 2 seconds, so it was stopped: simplify its loops."], merge.Problems.Select(p => p.Message));
    }

    [Fact]
    public async Task AMergeWhoseCallerHasGoneStopsRatherThanRunsOn()
    {
        var unlimited = Limits with { LoopSteps = int.MaxValue, OutputCharacters = int.MaxValue };
        using var page = new CancellationTokenSource();
        var merging = Task.Run(() => LetterSandbox.Merge(
            "{% for point in (1..100000) %}{% for action in (1..100000) %}{% endfor %}{% endfor %}", LetterRendering.Sample().ToFields(), Clock, unlimited, page.Token));
        await Task.Delay(200);

        await page.CancelAsync();

        // The task is the merge itself: its ending means the work ended, not just that nobody waits for it.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => merging.WaitAsync(NoHang));
    }
}

/// <summary>Hostile revisions through the letter service: refused on save, and refused (not hung) when one is already stored.</summary>
[Trait("Category", "Hostile")]
public class LetterTemplateServiceHostile
{
    public static TheoryData<string, string> HostileBodies() => new()
    {
        { "{% include 'letterhead' %}\n", "Line 1, column 1: the \"include\" tag is not allowed: a letter cannot read other templates or files." },
        { LetterTemplateSandbox.Nested(150) + "\n", "Line 1, column 231: blocks are nested 11 deep here: a letter may put at most 10 if, unless, case, for or comment blocks inside one another." },
        { "{% for point in (1..100000) %}{% for action in (1..100000) %}x{% endfor %}{% endfor %}\n", LetterTemplateSandbox.TooManySteps },
        { "{% for point in (1..5000) %}{{ case.reference }} {{ case.summary }}{% endfor %}\n", LetterTemplateSandbox.TooLong },
    };

    [Theory]
    [MemberData(nameof(HostileBodies))]
    public async Task AHostileRevisionIsRefusedOnSaveWithItsReasonAndNothingIsSaved(string hostile, string reason)
    {
        await using var world = await CaseWorld.CreateAsync();
        var letters = world.Database.Get<LetterService>();

        var result = await letters.SaveTemplateAsync(LetterType.Acknowledgement, null, hostile + DefaultLetterTemplates.All[LetterType.Acknowledgement], 1, world.Staff["Mark Ellis"])
            .WaitAsync(LetterTemplateSandbox.NoHang);

        Assert.Equal([reason], result.Problems.Select(p => p.ToString()));
        Assert.Equal(1, (await letters.CurrentTemplateAsync(LetterType.Acknowledgement, null))!.Revision);
    }

    [Theory]
    [MemberData(nameof(HostileBodies))]
    public async Task AHostileRevisionAlreadyStoredRefusesToStartTheLetterWithItsReason(string hostile, string reason)
    {
        await using var world = await CaseWorld.CreateAsync();
        await StoreRevisionAsync(world.Database, LetterType.Acknowledgement, hostile + DefaultLetterTemplates.All[LetterType.Acknowledgement]);
        var letters = world.Database.Get<LetterService>();

        var refusal = await Assert.ThrowsAsync<DomainException>(() =>
            letters.CreateDraftAsync(world.Reference, LetterType.Acknowledgement, null, world.Staff["David Okafor"]).WaitAsync(LetterTemplateSandbox.NoHang));

        Assert.Equal($"Revision 2 of the Stage 1 acknowledgement template cannot be merged, so this letter cannot be started. {reason} The complaints team can replace it under Letter templates.", refusal.Message);
        Assert.Empty((await letters.ForCaseAsync(await world.OpenAsync("David Okafor"))).Drafts);
    }

    [Fact]
    public async Task APreviewOfAHostileTemplateWithARealCaseGivesItsReason()
    {
        await using var world = await CaseWorld.CreateAsync();

        var (text, problems) = await world.Database.Get<LetterService>().PreviewAsync(LetterType.Acknowledgement,
            "{% for point in (1..3000) %}{{ case.summary }}{% endfor %}" + DefaultLetterTemplates.All[LetterType.Acknowledgement], world.Reference, world.Staff["Mark Ellis"])
            .WaitAsync(LetterTemplateSandbox.NoHang);

        Assert.Null(text);
        Assert.Equal([LetterTemplateSandbox.TooLong], problems.Select(p => p.Message));
    }

    /// <summary>A revision written straight to the database, as one saved before the sandbox was.</summary>
    internal static async Task StoreRevisionAsync(IDbContextFactory<ComplaintsDbContext> factory, DateTime at, LetterType type, string body)
    {
        await using var db = await factory.CreateDbContextAsync();
        var current = await db.LetterTemplates.SingleAsync(t => t.Type == type && t.ProcedureId == null && t.IsCurrent);
        current.IsCurrent = false;
        db.LetterTemplates.Add(new LetterTemplate(type, null, current.Revision + 1, body, Actor.System, at));
        await db.SaveChangesAsync();
    }

    private static Task StoreRevisionAsync(TestDatabase database, LetterType type, string body) =>
        StoreRevisionAsync(database.Factory, database.Clock.GetUtcNow().UtcDateTime, type, body);
}

/// <summary>Case text stored with characters XML cannot hold (pasted from another system before input was cleaned).</summary>
[Trait("Category", "Hostile")]
public class WordLetterHostile
{
    private static readonly Letterhead Council = new("Ashbury District Council", "Council Offices, Market Square, Ashbury AB1 1AA");
    private const string Reference = "CMP-2026-00123";

    [Theory]
    [InlineData(0x0B)]
    [InlineData(0x01)]
    [InlineData(0x00)]
    [InlineData(0xFFFF)]
    [InlineData(0xD800)] // half of a surrogate pair, alone
    public void TheWordLetterLeavesOutWhatXmlCannotHoldAndKeepsTheRest(int code)
    {
        var c = (char)code;
        var bytes = WordLetterWriter.Write($"Dear Ms Okon{c}kwo\n\nThe bin was{c} missed again.{c} Please call.", Council, largePrint: false, Reference);

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => e.Description));
        Assert.Equal("Dear Ms OkonkwoThe bin was missed again. Please call.", document.MainDocumentPart!.Document.Body!.InnerText);
    }

    [Fact]
    public async Task ALetterForACaseWhoseStoredSurnameAndDescriptionHoldControlCharactersIssuesAsAValidWordDocument()
    {
        await using var world = await CaseWorld.CreateAsync();
        await using (var db = await world.Database.Factory.CreateDbContextAsync())
        {
            (await db.Complainants.SingleAsync(p => p.LastName == "Okonkwo")).LastName = "Okon\u000Bkw\u0001o";
            var complaint = await db.Complaints.SingleAsync(x => x.Id == world.CaseId);
            db.Entry(complaint).Property(x => x.Description).CurrentValue = "Assisted\u000B collection\0 missed\u0001 again. The crew did not come.";
            await db.SaveChangesAsync();
        }

        var letters = world.Database.Get<LetterService>();
        var leader = world.Staff["David Okafor"];
        var draftId = await letters.CreateDraftAsync(world.Reference, LetterType.Acknowledgement, null, leader);
        var draft = (await letters.DraftAsync(draftId, leader))!;
        var letterId = await letters.IssueAsync(draftId, draft.Version, draft.CaseVersion, draft.Text, leader);

        // The NUL cut nothing short: what follows it, and the rest of the letter, is all there.
        Assert.DoesNotContain(draft.Text, c => char.IsControl(c) && c != '\n');
        Assert.Contains("Assisted collection missed again. The crew did not come.", draft.Text);
        Assert.EndsWith("For Ashbury District Council", draft.Text);
        var file = (await letters.DownloadAsync(letterId, leader))!.Value;
        using var document = WordprocessingDocument.Open(new MemoryStream(file.Content), false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => e.Description));
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("Okonkwo", text);
        Assert.Contains("Assisted collection missed again. The crew did not come.", text);
        Assert.Equal("Stage 1 acknowledgement issued to Okonkwo (template revision 1).", (await world.OpenAsync("David Okafor")).Timeline.First().Summary);
    }
}

/// <summary>The template editor for a letter type whose current revision cannot merge.</summary>
[Trait("Category", "Hostile")]
[Collection(BrowserCollection.Name)]
public class LetterTemplateEditorHostile(BrowserFixture browser)
{
    [Fact]
    public async Task TheEditorOpensOnABrokenRevisionSaysWhyAndReplacesIt()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();
        var page = await browser.NewPageAsync(factory.StartKestrel());
        var good = DefaultLetterTemplates.All[LetterType.Acknowledgement];
        await LetterTemplateServiceHostile.StoreRevisionAsync(factory.Get<IDbContextFactory<ComplaintsDbContext>>(), factory.Clock.GetUtcNow().UtcDateTime,
            LetterType.Acknowledgement, "{% include 'letterhead' %}\n" + good);
        await page.GotoAsync("/account/dev-signin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in as Mark Ellis" }).ClickAsync();

        var response = await page.GotoAsync("/admin/letters?type=Acknowledgement");
        await SignInJourney.WaitUntilInteractiveAsync(page);

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.GetByTestId("template-revision")).ToHaveTextAsync("Revision 2");
        await Assertions.Expect(page.GetByTestId("broken-revision")).ToContainTextAsync("Revision 2 cannot be merged into letters");
        var problems = page.GetByTestId("template-problems");
        await Assertions.Expect(problems).ToContainTextAsync("Line 1, column 1: the \"include\" tag is not allowed: a letter cannot read other templates or files.");

        var text = page.GetByTestId("template-text");
        await text.FillAsync("{% for point in (1..100000) %}{% for action in (1..100000) %}x{% endfor %}{% endfor %}\n" + good);
        await Assertions.Expect(problems).ToContainTextAsync(LetterTemplateSandbox.TooManySteps);
        await text.FillAsync(good);
        await Assertions.Expect(page.GetByTestId("letter-preview")).ToContainTextAsync("We have received your complaint");
        await page.GetByTestId("save-template").ClickAsync();

        await Assertions.Expect(page.GetByTestId("template-revision")).ToHaveTextAsync("Revision 3");
        await Assertions.Expect(page.GetByTestId("broken-revision")).ToHaveCountAsync(0);
        Assert.Equal(good.Replace("\r\n", "\n"), (await factory.Get<LetterService>().CurrentTemplateAsync(LetterType.Acknowledgement, null))!.Body);
    }
}
