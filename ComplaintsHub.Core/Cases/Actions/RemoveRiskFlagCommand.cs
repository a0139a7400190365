using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Refusals;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Cases.Actions;

/// <summary>
/// Removes a risk flag from the case or its complainant, with the reason; the flag is kept for the history. Not an action
/// of its own on the case page: it is offered next to each flag. Whoever may raise a flag may remove one: the team closest
/// to the person knows when the risk has passed, and the timeline says who.
/// </summary>
/// <param name="FlagVersion">The flag as the person saw it: a complainant's flag can be removed from any of their cases at once.</param>
public sealed record RemoveRiskFlagCommand(long FlagId, Guid FlagVersion, string Reason) : CaseCommand
{
    public override CaseActionDefinition Action => RaiseRiskFlagCommand.Definition;

    public override CaseCommand Checked()
    {
        var reason = CaseText.Optional(Reason, "The reason", RiskFlagFields.Reason, TextLimits.Adjustments);
        if (string.IsNullOrWhiteSpace(reason)) throw new InputRefusedException(RiskFlagFields.Reason, "Give the reason for removing the flag: it is kept on the record.");
        return this with { Reason = reason };
    }

    public override async Task ApplyAsync(CaseChange change, CancellationToken cancellationToken)
    {
        var flag = await change.Db.RiskFlags.SingleOrDefaultAsync(f => f.Id == FlagId, cancellationToken)
            ?? throw new DomainException("That flag is not on this case or its complainant.");
        if (flag.IsActive && flag.Version != FlagVersion) throw new ConcurrencyException(StaleChange.Message("This flag", null, null));
        change.Case.RemoveRiskFlag(flag, Reason, change.By, change.Now);
        // Checked again by the save, so two people removing it from two of the person's cases cannot both succeed.
        change.Db.Entry(flag).Property(f => f.Version).OriginalValue = FlagVersion;
    }
}
