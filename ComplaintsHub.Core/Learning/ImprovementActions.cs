using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Learning;

/// <summary>
/// The one way improvement actions are raised and changed: the person's role and areas are checked here, whatever the
/// page showed, a change is refused if someone else saved the action first, and every change is saved with its line of
/// history or not at all.
/// </summary>
public sealed class ImprovementActions(IDbContextFactory<ComplaintsDbContext> dbFactory, TimeProvider clock)
{
    /// <returns>The new action's id.</returns>
    public async Task<int> RaiseAsync(RaiseImprovementAction request, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        if (!ImprovementActionRights.MayWorkOn(staff)) throw new PermissionDeniedException(ImprovementActionRights.Refusal);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await StaffSessions.RequireLiveAsync(db, staff, clock, cancellationToken);
        var today = UkTime.Today(clock);
        var terms = await CheckedTermsAsync(db, request.Terms, staff, today, cancellationToken);

        var visibility = await CaseVisibility.OfAsync(db, staff, cancellationToken);
        var visible = visibility.Apply(db.Complaints.AsNoTracking());
        var caseIds = new List<int>();
        var from = new List<string>();
        if (request.FromCaseId is { } fromCase)
        {
            var reference = await visible.Where(c => c.Id == fromCase).Select(c => c.Reference).SingleOrDefaultAsync(cancellationToken)
                ?? throw new PermissionDeniedException("You do not have access to this case.");
            caseIds.Add(fromCase);
            from.Add(reference);
        }

        int? enquiryId = null;
        if (request.OmbudsmanEnquiryId is { } enquiry)
        {
            var decided = await db.OmbudsmanEnquiries.AsNoTracking().Where(e => e.Id == enquiry)
                .Join(visible, e => e.ComplaintId, c => c.Id, (e, c) => new { e.Decision, e.Body, c.Id, c.Reference })
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new PermissionDeniedException("You do not have access to that Ombudsman enquiry's case.");
            if (decided.Decision is not (OmbudsmanDecision.FaultNoInjustice or OmbudsmanDecision.FaultAndInjustice))
            {
                throw new DomainException("An improvement action is raised from an Ombudsman decision that found fault: record the decision first.");
            }

            enquiryId = enquiry;
            if (!caseIds.Contains(decided.Id)) (caseIds, from) = ([.. caseIds, decided.Id], [.. from, decided.Reference]);
        }

        int? spotCheckId = null;
        if (request.SpotCheckId is { } spotCheck)
        {
            var checkedCase = await db.SpotChecks.AsNoTracking().Where(c => c.Id == spotCheck)
                .Join(visible, k => k.ComplaintId, c => c.Id, (k, c) => new { k.Findings, c.Id, c.Reference })
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new PermissionDeniedException("You do not have access to that spot check's case.");
            if (checkedCase.Findings is null) throw new DomainException("An improvement action is raised from a spot check that recorded findings.");
            spotCheckId = spotCheck;
            if (!caseIds.Contains(checkedCase.Id)) (caseIds, from) = ([.. caseIds, checkedCase.Id], [.. from, checkedCase.Reference]);
        }

        var others = request.OtherCaseReferences.Select(r => InputText.CleanRequired(r).Trim().ToUpperInvariant()).Where(r => r.Length > 0).Distinct().ToList();
        if (others.Count > 0)
        {
            var found = await visible.Where(c => others.Contains(c.Reference)).Select(c => new { c.Id, c.Reference }).ToListAsync(cancellationToken);
            if (others.FirstOrDefault(r => found.All(f => f.Reference != r)) is { } missing)
            {
                throw new InputRefusedException(ImprovementActionFields.Cases, $"There is no case {missing} that you can see: check the reference.");
            }

            foreach (var other in found.Where(f => !caseIds.Contains(f.Id)))
            {
                caseIds.Add(other.Id);
                from.Add(other.Reference);
            }
        }

        if (caseIds.Count == 0) throw new InputRefusedException(ImprovementActionFields.Cases, "Name at least one complaint the action is raised from.");

        var at = clock.GetUtcNow().UtcDateTime;
        var source = enquiryId is not null ? ImprovementActionSource.OmbudsmanDecision
            : spotCheckId is not null ? ImprovementActionSource.SpotCheck
            : ImprovementActionSource.Cases;
        var action = new ImprovementAction(terms, source, caseIds, enquiryId, staff.Actor, at, spotCheckId);
        var owner = await db.StaffUsers.Where(s => s.Id == terms.OwnerId).Select(s => s.DisplayName).SingleAsync(cancellationToken);
        var what = source switch
        {
            ImprovementActionSource.OmbudsmanDecision => "the Ombudsman's decision on ",
            ImprovementActionSource.SpotCheck => "a spot check of ",
            _ => "",
        };
        action.Record($"Raised from {what}{string.Join(", ", from)}; owner {owner}; due {terms.DueDate:d MMMM yyyy}.", staff.Actor, at);
        db.ImprovementActions.Add(action);
        await db.SaveChangesAsync(cancellationToken);
        return action.Id;
    }

    /// <returns>The action's version after the change.</returns>
    public async Task<Guid> ApplyAsync(int actionId, Guid expectedVersion, ImprovementActionCommand command, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        if (!ImprovementActionRights.MayWorkOn(staff)) throw new PermissionDeniedException(ImprovementActionRights.Refusal);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await StaffSessions.RequireLiveAsync(db, staff, clock, cancellationToken);
        var action = await db.ImprovementActions.SingleOrDefaultAsync(a => a.Id == actionId, cancellationToken)
            ?? throw new DomainException("That improvement action no longer exists.");
        var areas = await ImprovementActionRights.AreasAsync(db, staff, cancellationToken);
        if (!ImprovementActionRights.MayChange(areas, staff, action.ServiceAreaId, action.OwnerId))
        {
            throw new PermissionDeniedException("This improvement action belongs to a service area you do not work in.");
        }

        if (action.Version != expectedVersion) throw new ConcurrencyException(StaleMessage(action.UpdatedByName, action.UpdatedAt));
        await command.ApplyAsync(new ImprovementActionChange(action, db, staff, clock.GetUtcNow().UtcDateTime, UkTime.Today(clock)), cancellationToken);
        await db.SaveExpectingAsync(action, expectedVersion, async () =>
        {
            await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
            var latest = await fresh.ImprovementActions.AsNoTracking().Where(a => a.Id == actionId).Select(a => new { a.UpdatedByName, a.UpdatedAt }).SingleAsync(cancellationToken);
            return StaleMessage(latest.UpdatedByName, latest.UpdatedAt);
        }, cancellationToken);
        return action.Version;
    }

    private static async Task<ImprovementActionTerms> CheckedTermsAsync(ComplaintsDbContext db, ImprovementActionTerms terms, CurrentStaff staff, DateOnly today,
        CancellationToken cancellationToken)
    {
        var theme = ImprovementActionText.Limit(terms.Theme, ImprovementActionFields.Theme, TextLimits.Label, "The theme")
            ?? throw new InputRefusedException(ImprovementActionFields.Theme, "Give the action a theme: the failing it puts right, in a few words.");
        var description = ImprovementActionText.Limit(terms.Description, ImprovementActionFields.Description, TextLimits.Notes, "The description")
            ?? throw new InputRefusedException(ImprovementActionFields.Description, "Say what will change, and how the council will know it worked.");
        PlausibleDates.RequireDeadline(terms.DueDate, today, ImprovementActionFields.DueDate, "The due date");
        if (terms.DueDate < today) throw new InputRefusedException(ImprovementActionFields.DueDate, "The due date cannot be in the past.");
        if (!await db.ServiceAreas.AnyAsync(a => a.Id == terms.ServiceAreaId, cancellationToken))
        {
            throw new InputRefusedException(ImprovementActionFields.ServiceArea, "Choose the service area whose work will change.");
        }

        var areas = await ImprovementActionRights.AreasAsync(db, staff, cancellationToken);
        if (areas is not null && !areas.Contains(terms.ServiceAreaId))
        {
            throw new InputRefusedException(ImprovementActionFields.ServiceArea, "You raise improvement actions for your own service areas: ask the complaints team for another area's.");
        }

        if (!await ImprovementActionOwners.For(db, terms.ServiceAreaId).AnyAsync(s => s.Id == terms.OwnerId, cancellationToken))
        {
            throw new InputRefusedException(ImprovementActionFields.Owner, await ImprovementActionOwners.RefusalAsync(db, terms.ServiceAreaId, cancellationToken));
        }

        return terms with { Theme = theme, Description = description };
    }

    private static string StaleMessage(string who, DateTime at) => StaleChange.Message("This improvement action", who, at);
}
