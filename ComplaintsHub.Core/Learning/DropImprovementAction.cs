using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Learning;

/// <summary>The action will not be done, and why: overtaken by another change, or no longer needed.</summary>
public sealed record DropImprovementAction(string Reason) : ImprovementActionCommand
{
    internal override Task ApplyAsync(ImprovementActionChange change, CancellationToken cancellationToken)
    {
        change.Action.MoveTo(ImprovementActionStatus.Dropped, ImprovementActionText.Note(Reason), change.By, change.At);
        return Task.CompletedTask;
    }
}
