using ComplaintsHub.Core.Input;

namespace ComplaintsHub.Core.Learning;

/// <summary>The action needs longer: a new due date and the reason, both kept in its history.</summary>
public sealed record RedateImprovementAction(DateOnly DueDate, string Reason) : ImprovementActionCommand
{
    internal override Task ApplyAsync(ImprovementActionChange change, CancellationToken cancellationToken)
    {
        PlausibleDates.RequireDeadline(DueDate, change.Today, ImprovementActionFields.DueDate, "The new due date");
        change.Action.Redate(DueDate, ImprovementActionText.Note(Reason) ?? "", change.Today, change.By, change.At);
        return Task.CompletedTask;
    }
}
