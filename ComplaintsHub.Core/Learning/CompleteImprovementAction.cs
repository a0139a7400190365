using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Learning;

/// <summary>The change is made: what was done, and how the council knows it worked.</summary>
public sealed record CompleteImprovementAction(string WhatWasDone) : ImprovementActionCommand
{
    internal override Task ApplyAsync(ImprovementActionChange change, CancellationToken cancellationToken)
    {
        change.Action.MoveTo(ImprovementActionStatus.Done, ImprovementActionText.Note(WhatWasDone), change.By, change.At);
        return Task.CompletedTask;
    }
}
