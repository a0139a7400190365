using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Learning;

/// <summary>One change to an improvement action, made through <see cref="ImprovementActions.ApplyAsync"/>: one type per action a person can take.</summary>
public abstract record ImprovementActionCommand
{
    internal abstract Task ApplyAsync(ImprovementActionChange change, CancellationToken cancellationToken);
}
