using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Documents;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Records;

/// <summary>
/// Erasure on request: the complaints team anonymises one person now, with the reason the law allows it, under the same
/// rules as the nightly run except the wait. An open case or a legal hold refuses it: the council still needs the details.
/// </summary>
public sealed class Erasures(IDbContextFactory<ComplaintsDbContext> dbFactory, IDocumentContentStore documents, TimeProvider clock)
{
    public const string ReasonField = "Reason";

    /// <returns>The run's log line.</returns>
    public async Task<AnonymisationRun> EraseAsync(ErasureRequest request, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        var (complainantId, reason) = request;
        staff.Require(StaffRole.ComplaintsAdmin, "erase a person's data");
        var cleanReason = InputText.Clean(reason);
        if (string.IsNullOrWhiteSpace(cleanReason)) throw new InputRefusedException(ReasonField, "Give the reason the law allows the erasure (it is kept in the anonymisation log).");
        TextLimits.Require(cleanReason, TextLimits.Label, ReasonField, "The reason");

        var now = clock.GetUtcNow().UtcDateTime;
        RetentionPlan plan;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            await StaffSessions.RequireLiveAsync(db, staff, clock, cancellationToken);
            var person = await db.Complainants.AsNoTracking().Where(p => p.Id == complainantId).Select(p => new { p.AnonymisedAt }).SingleOrDefaultAsync(cancellationToken)
                ?? throw new DomainException("That person is no longer on record.");
            if (person.AnonymisedAt is { } done) throw new DomainException($"This person's details were already removed, on {Calendar.UkTime.DateOf(done):d MMMM yyyy}.");
            var cases = await RetentionPlanner.CasesOfAsync(db, [complainantId], cancellationToken);
            if (RetentionRules.WhyNotErase(cases) is { } why) throw new DomainException(why);
            plan = new RetentionPlan([new RetentionPerson(complainantId, cases)], [], []);
        }

        var (people, anonymised) = await Anonymiser.AnonymiseAsync(dbFactory, documents, plan, staff.Actor, now,
            _ => "Anonymised at the person's request (erasure): the reason is in the anonymisation log.",
            c => !c.Status.IsOpen() && !c.IsHeld, afterBatch: null, purgeIndex: false, cancellationToken);
        if (people == 0) throw new DomainException("One of the person's cases changed while their data was being erased (reopened, held or newly logged): nothing was removed. Look again.");
        var run = new AnonymisationRun(AnonymisationKind.Erasure, now, staff.Name, cleanReason, people, anonymised, 0);
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            db.AnonymisationRuns.Add(run);
            await db.SaveChangesAsync(cancellationToken);
        }

        return run;
    }
}
