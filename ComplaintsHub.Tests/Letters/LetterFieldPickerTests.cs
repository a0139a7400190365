using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Letters;

namespace ComplaintsHub.Tests.Letters;

public class LetterFieldHeadings
{
    [Fact]
    public void EveryDocumentedFieldIsListedUnderAHeadingOfItsOwnNotUnderOther()
    {
        var unnamed = LetterFields.All.Where(f => LetterFieldGroups.NameOf(f.Path) == LetterFieldGroups.Other).Select(f => f.Path);

        Assert.Empty(unnamed);
    }

    [Fact]
    public void AFieldWithAPrefixNoOneHasNamedIsListedLastUnderOtherRatherThanLost()
    {
        var fields = new[] { new LetterField("weather.today", "Today's weather", "Sunny"), new LetterField("case.reference", "The case reference", "CMP-2026-00123") };

        var groups = LetterFieldGroups.Group(fields);

        Assert.Equal([("The case", "case.reference"), ("Other", "weather.today")], groups.Select(g => (g.Name, Assert.Single(g.Fields).Path)));
    }

    [Fact]
    public void HeadingsFollowTheOrderALetterReads()
    {
        var names = LetterFieldGroups.Group(LetterFields.All).Select(g => g.Name).ToList();

        Assert.True(names.IndexOf("The council") < names.IndexOf("The decision"));
        Assert.True(names.IndexOf("The decision") < names.IndexOf("Taking it further"));
        Assert.Equal(LetterFields.All.Count, LetterFieldGroups.Group(LetterFields.All).Sum(g => g.Fields.Count));
    }
}

public class LetterFieldSnippet
{
    [Fact]
    public void APlainFieldIsPutInAsItself()
    {
        Assert.Equal("{{ case.reference }}", LetterFieldSnippets.For(LetterFields.All.Single(f => f.Path == "case.reference")));
    }

    [Theory]
    [InlineData("response.points", "point")]
    [InlineData("point.reasons", "point")]
    [InlineData("response.outstanding_actions", "action")]
    [InlineData("action.by", "action")]
    public void AListOrAFieldInsideOneIsPutInAsTheWholeLoopWithEveryFieldOfAnItemAndTheCheckAcceptsIt(string path, string item)
    {
        var snippet = LetterFieldSnippets.For(LetterFields.All.Single(f => f.Path == path));

        Assert.StartsWith($"{{% for {item} in {LetterFields.Loops[item]} %}}\n- ", snippet);
        Assert.EndsWith("\n{% endfor %}", snippet);
        Assert.Equal(LetterFields.All.Count(f => f.Path.StartsWith(item + ".", StringComparison.Ordinal)), LetterTemplateValidator.FieldsUsed(snippet).Count(f => f.StartsWith(item + ".", StringComparison.Ordinal)));
        Assert.Empty(LetterTemplateValidator.Validate(LetterType.NotAComplaint, "{{ letter.date }} {{ case.reference }} {{ contact.name }} {{ complainant.salutation }}\n" + snippet));
    }
}

public class LetterFieldInsertion
{
    private static LetterField Field(string path) => LetterFields.All.Single(f => f.Path == path);

    [Fact]
    public void AFieldReplacesTheSelectionAndTheCursorFollowsIt()
    {
        var (text, caret) = LetterFieldSnippets.InsertInto("Dear NAME,\nThank you", 5, 9, Field("complainant.salutation"));

        Assert.Equal(("Dear {{ complainant.salutation }},\nThank you", "Dear {{ complainant.salutation }}".Length), (text, caret));
    }

    [Fact]
    public void AListPutInMidLineStartsAndEndsOnLinesOfItsOwnSoItsBulletsAreBullets()
    {
        var (text, caret) = LetterFieldSnippets.InsertInto("We found: and that is all.", 10, 10, Field("response.points"));

        var lines = text.Split('\n');
        Assert.Equal("We found: ", lines[0]);
        Assert.Equal("{% for point in response.points %}", lines[1]);
        Assert.StartsWith("- {{ point.issue }}", lines[2]);
        Assert.Equal("{% endfor %}", lines[3]);
        Assert.Equal("and that is all.", lines[4]);
        Assert.Equal(text.IndexOf("and that", StringComparison.Ordinal), caret);
    }

    [Fact]
    public void AListPutInOnALineOfItsOwnAddsNoBlankLines()
    {
        var snippet = LetterFieldSnippets.For(Field("response.outstanding_actions"));

        var (text, _) = LetterFieldSnippets.InsertInto("Actions:\n\nYours", 9, 9, Field("response.outstanding_actions"));

        Assert.Equal("Actions:\n" + snippet + "\nYours", text);
    }
}

public class LetterSectionChecks
{
    [Fact]
    public void EachSectionIsTickedOnlyWhenAllItsFieldsAreInTheText()
    {
        var checks = LetterSectionChecklist.For(LetterType.Stage1Response, "{{ response.decision }} {{ escalation.deadline }}");

        var escalation = checks.Single(c => c.Section == "the escalation paragraph");
        Assert.False(escalation.Present);
        Assert.Equal(["escalation.how"], escalation.Missing);
        Assert.True(checks.Single(c => c.Section == "the decision").Present);
        Assert.Equal(LetterFields.Required[LetterType.Stage1Response].Length, checks.Count);
    }

    [Fact]
    public void ATemplateTheCheckAcceptsHasEverySectionTicked()
    {
        foreach (var (type, text) in DefaultLetterTemplates.All)
        {
            Assert.Empty(LetterTemplateValidator.Validate(type, text));
            Assert.All(LetterSectionChecklist.For(type, text), c => Assert.True(c.Present, $"{type}: {c.Section}"));
        }
    }

    [Fact]
    public void AFieldInsideATagThatDoesNotYetParseStillTicksItsSection()
    {
        var checks = LetterSectionChecklist.For(LetterType.NotAComplaint, "{% if case.reference != \"\" %}\nOur reference {{ case.reference }}");

        Assert.True(checks.Single(c => c.Section == "the reference").Present);
    }

    [Fact]
    public void TheEscalationParagraphSaysWhatTheCodeExpectsAndAnUnknownSectionHasNoGuidance()
    {
        Assert.Equal("How to ask for Stage 2 and the last date to ask, so the complainant can take it further if unhappy.", LetterSectionGuidance.For("the escalation paragraph"));
        Assert.Null(LetterSectionGuidance.For("a section added later"));
    }
}
