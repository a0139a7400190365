using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Learning;

/// <summary>Work on a planned action has begun.</summary>
public sealed record StartImprovementAction(string? Note = null) : ImprovementActionCommand
{
    internal override Task ApplyAsync(ImprovementActionChange change, CancellationToken cancellationToken)
    {
        change.Action.MoveTo(ImprovementActionStatus.InProgress, ImprovementActionText.Note(Note), change.By, change.At);
        return Task.CompletedTask;
    }
}
