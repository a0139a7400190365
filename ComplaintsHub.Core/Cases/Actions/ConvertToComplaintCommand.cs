using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Cases.Actions;

/// <summary>Turns a service request into a complaint under its service area's usual procedure, Stage 1 counting from receipt.</summary>
public sealed record ConvertToComplaintCommand(string Reason) : CaseCommand, ICaseActionCommand
{
    public static CaseActionDefinition Definition { get; } = new(ComplaintAction.ConvertToComplaint, "Turn into a complaint", StaffRoles.Caseworkers);

    public override CaseActionDefinition Action => Definition;

    public override CaseCommand Checked() => this with { Reason = CaseText.Required(Reason, "The reason") };

    public override async Task ApplyAsync(CaseChange change, CancellationToken cancellationToken)
    {
        var c = change.Case;
        // The procedure is read through the case's own context, so saving the case does not add it again.
        var procedureId = await change.Db.ServiceAreas.Where(a => a.Id == c.ServiceAreaId).Select(a => a.DefaultProcedureId).SingleAsync(cancellationToken);
        var procedure = await change.Db.Procedures.Include(p => p.Stages).SingleAsync(p => p.Id == procedureId, cancellationToken);
        c.ConvertToComplaint(procedure, Reason, change.By, change.Now, change.Calendar);
    }
}
