using ComplaintsHub.Core.Reports;

namespace ComplaintsHub.Tests.Reports;

/// <summary>The rule on its own, over figures and sums named by hand.</summary>
public class SecondarySuppressionOfSums
{
    [Fact]
    public void AFigurePinnedOnlyByThreeSumsTogetherIsProtected()
    {
        // a + x = 12, x + y = 30, y + a = 22: once x and y are withheld, no one sum has a single unknown, but the three
        // together still give a = (12 − 30 + 22) ÷ 2 = 2.
        var rule = new SecondarySuppression();
        foreach (var (key, value) in new[] { ("a", 2), ("x", 10), ("y", 20), ("a+x", 12), ("x+y", 30), ("y+a", 22) }) rule.Shown(key, value);
        rule.Sum("a+x", ["a", "x"]);
        rule.Sum("x+y", ["x", "y"]);
        rule.Sum("y+a", ["y", "a"]);

        Assert.Equal([true, true, true], new[] { "a", "x", "y" }.Select(rule.IsWithheld));
        Assert.Contains(new[] { "a+x", "x+y", "y+a" }, rule.IsWithheld);
    }

    [Fact]
    public void ARatioIsWithheldOverFewerThanFiveOrOverAWithheldOrSmallHiddenCount()
    {
        var rule = new SecondarySuppression();
        rule.Shown("sent", 20);
        rule.Shown("within", 19);
        rule.Hidden("late", 1);
        rule.Shown("other", 40);
        rule.Hidden("other-late", 0);

        Assert.True(rule.RatioWithheld(20, ["sent", "within", "late"]));     // 95% of 20 says one was late
        Assert.True(rule.RatioWithheld(4, ["other"]));
        Assert.False(rule.RatioWithheld(40, ["other", "other-late"]));
    }

    [Theory]
    [InlineData(6, false)]      // 12 decisions less 6 upheld says 6 were not: no small count, so nothing more is withheld
    [InlineData(2, true)]       // 12 less 10 says 2 were not upheld, a small count no table shows
    public void AHiddenRemainderIsProtectedOnlyWhenItIsASmallCount(int notUpheld, bool upheldWithheld)
    {
        var rule = new SecondarySuppression();
        rule.Shown("decisions", 12);
        rule.Shown("upheld", 12 - notUpheld);
        rule.Hidden("not upheld", notUpheld);
        rule.Sum("decisions", ["upheld", "not upheld"]);

        Assert.Equal(upheldWithheld, rule.IsWithheld("upheld"));
    }

    [Fact]
    public void AFigureGivenTwoValuesIsRefusedRatherThanWithheldInOnlyOnePlace()
    {
        var rule = new SecondarySuppression();
        rule.Shown("received", 18);

        Assert.Throws<InvalidOperationException>(() => rule.Shown("received", 17));
    }
}
