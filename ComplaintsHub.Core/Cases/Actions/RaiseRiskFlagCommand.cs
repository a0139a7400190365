using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Cases.Actions;

/// <summary>
/// Raises a risk flag on the case or on its complainant. Anyone who handles the case may: the officer on the phone is
/// often the first to hear of a vulnerability or a hazard, and a flag only warns; it moves nothing on.
/// </summary>
/// <param name="OnComplainant">On the person (shown on each of their cases) rather than on this case alone.</param>
/// <param name="Severity">Damp and mould only: emergency or significant.</param>
/// <param name="BecameAwareOn">Damp and mould only: when the council became aware, which the hazard deadlines count from.</param>
public sealed record RaiseRiskFlagCommand(RiskFlagKind Kind, bool OnComplainant, string? Detail, string Reason, HazardSeverity? Severity = null, DateOnly? BecameAwareOn = null)
    : CaseCommand, ICaseActionCommand
{
    public static CaseActionDefinition Definition { get; } = new(ComplaintAction.RaiseRiskFlag, "Raise a risk flag", StaffRoles.Caseworkers, RecordKeeping: true);

    public override CaseActionDefinition Action => Definition;

    public override CaseCommand Checked()
    {
        var detail = CaseText.Optional(Detail, "What the flag says", RiskFlagFields.Detail, TextLimits.RiskFlagDetail);
        if (Kind.NeedsDetail() && string.IsNullOrWhiteSpace(detail))
        {
            throw new InputRefusedException(RiskFlagFields.Detail, "Say what the contact restriction is, for example \"Contact by email only; single point of contact J Smith\".");
        }

        var reason = CaseText.Optional(Reason, "The reason", RiskFlagFields.Reason, TextLimits.Adjustments);
        if (string.IsNullOrWhiteSpace(reason)) throw new InputRefusedException(RiskFlagFields.Reason, "Give the reason for raising the flag: it is kept on the record.");
        return this with { Detail = detail, Reason = reason };
    }

    public override async Task ApplyAsync(CaseChange change, CancellationToken cancellationToken)
    {
        if (BecameAwareOn is { } aware) PlausibleDates.RequirePast(aware, change.Today, RiskFlagFields.BecameAwareOn, "The date the council became aware");
        var complaint = change.Case;
        if (complaint.ComplainantId is { } personId)
        {
            // Tracked, so the case's timeline can name the person flagged.
            await change.Db.Complainants.SingleAsync(p => p.Id == personId, cancellationToken);
        }

        var active = await change.Db.RiskFlags
            .Where(f => f.RemovedAt == null && (f.ComplaintId == complaint.Id || (complaint.ComplainantId != null && f.ComplainantId == complaint.ComplainantId)))
            .ToListAsync(cancellationToken);
        var flag = complaint.RaiseRiskFlag(Kind, OnComplainant, Detail, Reason, Severity, BecameAwareOn, active, change.By, change.Now);
        change.Db.RiskFlags.Add(flag);
    }
}
