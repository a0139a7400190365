using Bunit;
using ComplaintsHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsHub.Tests.Components;

public class LimitedTextField : ComponentTestContext
{
    [Fact]
    public void EveryKeystrokeReachesTheBoundValueAtOnceSoSavingStraightAfterTypingKeepsTheLastWords()
    {
        // A clock that never moves: a debounced field would hold the text back for ever, as it did for the few hundred
        // milliseconds in which a quick Save lost the end of the description.
        Services.AddSingleton<TimeProvider>(TestToday.NewClock());
        string? bound = null;
        var field = Render<ComplaintsHub.Components.Shared.LimitedTextField>(p => p
            .Add(f => f.Label, "What happened")
            .Add(f => f.Lines, 4)
            .Add(f => f.Limit, 100)
            .Add(f => f.What, "The description")
            .Add(f => f.ValueChanged, text => bound = text));

        field.Find("textarea").Input("Green bin missed three weeks running");

        Assert.Equal("Green bin missed three weeks running", bound);
    }
}
