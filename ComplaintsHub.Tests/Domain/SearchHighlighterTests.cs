using ComplaintsHub.Core.Data.Search;
using ComplaintsHub.Core.Queries;

namespace ComplaintsHub.Tests.Domain;

public class SearchHighlighting
{
    [Fact]
    public void WordsStartingWithASearchedWordAreMarkedWhateverTheirCaseOrAccents()
    {
        var runs = SearchHighlighter.Runs("Zoë reported MOULD; the mouldy wall smoulders.", SearchTerms.Parse("zoe Mould"));

        Assert.Equal(["Zoë", "MOULD", "mouldy"], runs.Where(r => r.IsMatch).Select(r => r.Text));
        Assert.Equal("Zoë reported MOULD; the mouldy wall smoulders.", string.Concat(runs.Select(r => r.Text)));
    }

    [Fact]
    public void TextThatLooksLikeHtmlStaysTextWithOnlyTheWordMarked()
    {
        const string text = "<script>alert('mould')</script><b>damp</b>";

        var runs = SearchHighlighter.Runs(text, SearchTerms.Parse("mould"));

        Assert.Equal(text, string.Concat(runs.Select(r => r.Text)));
        Assert.Equal(["mould"], runs.Where(r => r.IsMatch).Select(r => r.Text));
    }

    [Fact]
    public void ALongTextIsCutAroundItsFirstMatchWithTheMatchWhole()
    {
        var text = string.Join(' ', Enumerable.Repeat("words before", 40)) + " black mould here " + string.Join(' ', Enumerable.Repeat("words after", 40));

        var snippet = SearchHighlighter.Snippet(SearchHighlighter.Runs(text, SearchTerms.Parse("mould")));

        Assert.Equal("…", snippet[0].Text);
        Assert.Equal("…", snippet[^1].Text);
        Assert.Equal("mould", snippet.Single(r => r.IsMatch).Text);
        Assert.InRange(snippet.Sum(r => r.Text.Length), SearchHighlighter.SnippetLength, SearchHighlighter.SnippetLength + 2);
    }

    [Fact]
    public void TypedWordsBecomeLettersAndDigitsOnly()
    {
        var terms = SearchTerms.Parse("  CMP-2026-00123 \"Zoë\" *  o'brien) ");

        Assert.Equal([["cmp", "2026", "00123"], ["zoe"], ["o", "brien"]], terms.Words);
        Assert.Equal("\"cmp 2026 00123\"* AND \"zoe\"* AND \"o brien\"*", terms.ToFts5Query());
        Assert.Equal("('cmp' <-> '2026' <-> '00123':*) & ('zoe':*) & ('o' <-> 'brien':*)", terms.ToTsQuery());
    }
}
