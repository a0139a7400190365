using ComplaintsHub.Components.Shared;

namespace ComplaintsHub.Tests.Components;

/// <summary>What typing into a list offers, best first.</summary>
public class ChoiceMatchingTests
{
    private static readonly (int Value, string Name)[] Areas =
        [(1, "Customer Services"), (2, "Environmental Health"), (3, "Housing"), (4, "Parking"), (5, "Revenues & Benefits"), (6, "Waste & Recycling")];

    [Fact]
    public void NothingTypedOffersEveryChoiceInItsOwnOrder() =>
        Assert.Equal([1, 2, 3, 4, 5, 6], ChoiceMatching.Rank(Areas, "  "));

    [Fact]
    public void ANameThatStartsWithTheTextComesBeforeOneWithAWordThatDoesThenOneThatContainsIt()
    {
        (int Value, string Name)[] choices = [(1, "Bin replacement"), (2, "Bulky waste"), (3, "Assisted bin collection"), (4, "Cabins"), (5, "Noise")];

        Assert.Equal([1, 3, 4], ChoiceMatching.Rank(choices, "bin"));
    }

    [Fact]
    public void CaseAndSpacesAroundTheTextDoNotMatter() =>
        Assert.Equal([3], ChoiceMatching.Rank(Areas, " hOU "));

    [Fact]
    public void AWordAfterAnAmpersandCountsAsAWord() =>
        Assert.Equal([5], ChoiceMatching.Rank(Areas, "Ben"));

    [Fact]
    public void TextThatMatchesNothingOffersNothing() =>
        Assert.Empty(ChoiceMatching.Rank(Areas, "Leisure"));
}
