using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Setup;

/// <summary>
/// The complaints team's changes to service areas, their subjects, categories, teams and shared-service partners.
/// Nothing here is ever deleted: an item in use is switched off, which takes it out of the choices for new contacts
/// and the filters while its cases and reports keep it. Renaming changes the row the cases point at, so their history
/// follows. Names (and area codes) are unique among the items in use. Every change is a <see cref="TimelineEventType.SetupChanged"/>
/// event saying what changed from what to what; a save over someone else's newer change is refused naming them.
/// </summary>
public sealed class ReferenceDataAdmin(IDbContextFactory<ComplaintsDbContext> dbFactory, TimeProvider clock)
{
    private const string ToDo = "change service areas, subjects, categories, teams or partners";

    public async Task<int> SaveServiceAreaAsync(int? id, Guid version, ServiceAreaForm form, CurrentStaff by, CancellationToken cancellationToken = default)
    {
        by.Require(StaffRole.ComplaintsAdmin, ToDo);
        var errors = new Dictionary<string, string>();
        var name = RequiredName(errors, form.Name, "the service area");
        var code = InputText.CleanRequired(form.Code).Trim();
        if (code.Length == 0) errors[ReferenceDataFields.Code] = "Enter a short code for lists and exports, e.g. HSG.";
        else if (TextLimits.IsOver(code, TextLimits.Code)) errors[ReferenceDataFields.Code] = TextLimits.TooLong("The code", TextLimits.Code, code.Length);
        if (form.DefaultProcedureId is null) errors[ReferenceDataFields.Procedure] = "Choose the procedure new cases in this area follow.";
        ThrowIfAny(errors);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await StaffSessions.RequireLiveAsync(db, by, clock, cancellationToken);
        var area = id is { } existing
            ? await db.ServiceAreas.Include(a => a.DefaultProcedure).SingleOrDefaultAsync(a => a.Id == existing, cancellationToken)
              ?? throw new DomainException("That service area no longer exists. Reload the page.")
            : null;
        if (area is not null) RequireVersion(area, version, $"The service area {area.Name}");

        if (form.IsActive)
        {
            if (await db.ServiceAreas.AnyAsync(a => a.IsActive && a.Id != id && a.Name.ToUpper() == name.ToUpper(), cancellationToken))
                errors[ReferenceDataFields.Name] = $"Another service area in use is already called {name}.";
            if (await db.ServiceAreas.AnyAsync(a => a.IsActive && a.Id != id && a.Code.ToUpper() == code.ToUpper(), cancellationToken))
                errors[ReferenceDataFields.Code] = $"Another service area in use already has the code {code}.";
        }

        var procedure = await db.Procedures.AsNoTracking().Where(p => p.Id == form.DefaultProcedureId).Select(p => new { p.Name, p.IsActive }).SingleOrDefaultAsync(cancellationToken);
        if (procedure is null || (!procedure.IsActive && area?.DefaultProcedureId != form.DefaultProcedureId))
            errors[ReferenceDataFields.Procedure] = "That procedure is not in use: choose another.";
        var partner = form.PartnerId is { } partnerId
            ? await db.SharedServicePartners.AsNoTracking().Where(p => p.Id == partnerId).Select(p => new { p.Name, p.IsActive }).SingleOrDefaultAsync(cancellationToken)
            : null;
        if (form.PartnerId is not null && (partner is null || (!partner.IsActive && area?.PartnerId != form.PartnerId)))
            errors[ReferenceDataFields.Partner] = "That partner is not in use: choose another.";
        ThrowIfAny(errors);

        var now = clock.GetUtcNow().UtcDateTime;
        if (area is null)
        {
            area = new ServiceArea(name, code, form.DefaultProcedureId!.Value) { PartnerId = form.PartnerId, IsActive = form.IsActive };
            area.RecordChange(by.Actor, now);
            db.ServiceAreas.Add(area);
            db.TimelineEvents.Add(Event(by, now,
                $"Service area {name} ({code}) added: procedure {procedure!.Name}; shared-service partner {partner?.Name ?? "(none)"}{(form.IsActive ? "" : "; switched off")}."));
            await SaveNewAsync(db, "service area", cancellationToken);
            return area.Id;
        }

        var changes = new SetupChanges()
            .Compare("name", area.Name, name)
            .Compare("code", area.Code, code)
            .Compare("procedure", area.DefaultProcedure!.Name, procedure!.Name)
            .Compare("shared-service partner", await PartnerNameAsync(db, area.PartnerId, cancellationToken), partner?.Name)
            .CompareActive(area.IsActive, form.IsActive);
        if (!changes.Any) return area.Id;
        db.TimelineEvents.Add(Event(by, now, changes.Summary($"Service area {area.Name}")));
        area.Name = name;
        area.Code = code;
        area.DefaultProcedureId = form.DefaultProcedureId!.Value;
        area.PartnerId = form.PartnerId;
        area.IsActive = form.IsActive;
        await SaveChangedAsync(db, area, version, "service area", by, now, cancellationToken);
        return area.Id;
    }

    public Task<int> SaveSubjectAsync(int? id, Guid version, SubjectForm form, CurrentStaff by, CancellationToken cancellationToken = default) =>
        SaveNamedAsync("subject", id, version, form.Name, form.IsActive, by, async (db, ct) =>
        {
            var areaName = await db.ServiceAreas.Where(a => a.Id == form.ServiceAreaId).Select(a => a.Name).SingleOrDefaultAsync(ct)
                ?? throw new DomainException("That service area no longer exists. Reload the page.");
            return new NamedItemKind<Subject>(db.Subjects.Where(s => s.ServiceAreaId == form.ServiceAreaId), name => new Subject(name, form.ServiceAreaId),
                "That subject no longer exists in this service area. Reload the page.",
                name => $"{areaName} already has a subject in use called {name}.",
                name => $"Subject {name} added to {areaName}",
                subject => $"Subject {subject.Name} ({areaName})");
        }, cancellationToken);

    public Task<int> SaveCategoryAsync(int? id, Guid version, CategoryForm form, CurrentStaff by, CancellationToken cancellationToken = default) =>
        SaveNamedAsync("category", id, version, form.Name, form.IsActive, by, (db, _) => Task.FromResult(
            new NamedItemKind<Category>(db.Categories, name => new Category(name), "That category no longer exists. Reload the page.",
                name => $"Another category in use is already called {name}.",
                name => $"Category {name} added",
                category => $"Category {category.Name}")), cancellationToken);

    public async Task<int> SaveTeamAsync(int? id, Guid version, TeamForm form, CurrentStaff by, CancellationToken cancellationToken = default)
    {
        by.Require(StaffRole.ComplaintsAdmin, ToDo);
        var errors = new Dictionary<string, string>();
        var name = RequiredName(errors, form.Name, "the team");
        if (form.ServiceAreaId is null) errors[ReferenceDataFields.ServiceArea] = "Choose the service area whose cases the team works.";
        ThrowIfAny(errors);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await StaffSessions.RequireLiveAsync(db, by, clock, cancellationToken);
        var team = id is { } existing
            ? await db.Teams.Include(t => t.ServiceArea).SingleOrDefaultAsync(t => t.Id == existing, cancellationToken)
              ?? throw new DomainException("That team no longer exists. Reload the page.")
            : null;
        if (team is not null) RequireVersion(team, version, $"The team {team.Name}");
        if (form.IsActive && await db.Teams.AnyAsync(t => t.IsActive && t.Id != id && t.Name.ToUpper() == name.ToUpper(), cancellationToken))
            errors[ReferenceDataFields.Name] = $"Another team in use is already called {name}.";
        var area = await db.ServiceAreas.AsNoTracking().Where(a => a.Id == form.ServiceAreaId).Select(a => new { a.Name, a.IsActive }).SingleOrDefaultAsync(cancellationToken);
        if (area is null || (!area.IsActive && team?.ServiceAreaId != form.ServiceAreaId))
            errors[ReferenceDataFields.ServiceArea] = "That service area is not in use: choose another.";
        var leader = form.TeamLeaderId is { } leaderId
            ? await db.StaffUsers.AsNoTracking().Where(s => s.Id == leaderId).Select(s => new { s.DisplayName, s.IsActive }).SingleOrDefaultAsync(cancellationToken)
            : null;
        if (form.TeamLeaderId is not null && (leader is null || (!leader.IsActive && team?.TeamLeaderId != form.TeamLeaderId)))
            errors[ReferenceDataFields.TeamLeader] = "That person's access is switched off: choose someone else.";
        ThrowIfAny(errors);

        var now = clock.GetUtcNow().UtcDateTime;
        if (team is null)
        {
            team = new Team(name, form.ServiceAreaId!.Value) { TeamLeaderId = form.TeamLeaderId, IsActive = form.IsActive };
            team.RecordChange(by.Actor, now);
            db.Teams.Add(team);
            db.TimelineEvents.Add(Event(by, now,
                $"Team {name} added: service area {area!.Name}; team leader {leader?.DisplayName ?? "(none)"}{(form.IsActive ? "" : "; switched off")}."));
            await SaveNewAsync(db, "team", cancellationToken);
            return team.Id;
        }

        var changes = new SetupChanges()
            .Compare("name", team.Name, name)
            .Compare("service area", team.ServiceArea!.Name, area!.Name)
            .Compare("team leader", await StaffNameAsync(db, team.TeamLeaderId, cancellationToken), leader?.DisplayName)
            .CompareActive(team.IsActive, form.IsActive);
        if (!changes.Any) return team.Id;
        db.TimelineEvents.Add(Event(by, now, changes.Summary($"Team {team.Name}")));
        team.Name = name;
        team.ServiceAreaId = form.ServiceAreaId!.Value;
        team.TeamLeaderId = form.TeamLeaderId;
        team.IsActive = form.IsActive;
        await SaveChangedAsync(db, team, version, "team", by, now, cancellationToken);
        return team.Id;
    }

    public Task<int> SavePartnerAsync(int? id, Guid version, PartnerForm form, CurrentStaff by, CancellationToken cancellationToken = default) =>
        SaveNamedAsync("partner", id, version, form.Name, form.IsActive, by, (db, _) => Task.FromResult(
            new NamedItemKind<SharedServicePartner>(db.SharedServicePartners, name => new SharedServicePartner(name), "That partner no longer exists. Reload the page.",
                name => $"Another partner in use is already called {name}.",
                name => $"Shared-service partner {name} added",
                partner => $"Shared-service partner {partner.Name}")), cancellationToken);

    /// <summary>
    /// The one save for items that are only a name: the same checks, history and refusals for each; <paramref name="describe"/>
    /// says where the name must be unique and how the item is named in messages and on the timeline.
    /// </summary>
    private async Task<int> SaveNamedAsync<T>(string kindName, int? id, Guid version, string? enteredName, bool isActive, CurrentStaff by,
        Func<ComplaintsDbContext, CancellationToken, Task<NamedItemKind<T>>> describe, CancellationToken cancellationToken) where T : NamedSetupEntity
    {
        by.Require(StaffRole.ComplaintsAdmin, ToDo);
        var errors = new Dictionary<string, string>();
        var name = RequiredName(errors, enteredName, $"the {kindName}");
        ThrowIfAny(errors);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await StaffSessions.RequireLiveAsync(db, by, clock, cancellationToken);
        var kind = await describe(db, cancellationToken);
        var item = id is { } existing
            ? await kind.Siblings.SingleOrDefaultAsync(x => x.Id == existing, cancellationToken) ?? throw new DomainException(kind.Gone)
            : null;
        if (item is not null) RequireVersion(item, version, $"The {kindName} {item.Name}");
        if (isActive && await kind.Siblings.AnyAsync(x => x.IsActive && x.Id != id && x.Name.ToUpper() == name.ToUpper(), cancellationToken))
            errors[ReferenceDataFields.Name] = kind.NameTaken(name);
        ThrowIfAny(errors);

        var now = clock.GetUtcNow().UtcDateTime;
        if (item is null)
        {
            item = kind.Create(name);
            item.IsActive = isActive;
            item.RecordChange(by.Actor, now);
            db.Add(item);
            db.TimelineEvents.Add(Event(by, now, $"{kind.Added(name)}{(isActive ? "" : ", switched off")}."));
            await SaveNewAsync(db, kindName, cancellationToken);
            return item.Id;
        }

        var changes = new SetupChanges().Compare("name", item.Name, name).CompareActive(item.IsActive, isActive);
        if (!changes.Any) return item.Id;
        db.TimelineEvents.Add(Event(by, now, changes.Summary(kind.Label(item))));
        item.Name = name;
        item.IsActive = isActive;
        await SaveChangedAsync(db, item, version, kindName, by, now, cancellationToken);
        return item.Id;
    }

    private static Task<string?> PartnerNameAsync(ComplaintsDbContext db, int? id, CancellationToken cancellationToken) =>
        db.SharedServicePartners.Where(p => p.Id == id).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken);

    private static Task<string?> StaffNameAsync(ComplaintsDbContext db, Guid? id, CancellationToken cancellationToken) =>
        db.StaffUsers.Where(s => s.Id == id).Select(s => s.DisplayName).SingleOrDefaultAsync(cancellationToken);

    private static string RequiredName(Dictionary<string, string> errors, string? entered, string what)
    {
        var name = InputText.CleanRequired(entered).Trim();
        if (name.Length == 0) errors[ReferenceDataFields.Name] = $"Enter the name of {what}.";
        else if (TextLimits.IsOver(name, TextLimits.SetupName)) errors[ReferenceDataFields.Name] = TextLimits.TooLong("The name", TextLimits.SetupName, name.Length);
        return name;
    }

    private static void ThrowIfAny(Dictionary<string, string> errors)
    {
        if (errors.Count > 0) throw new SetupRefusedException(errors);
    }

    private static void RequireVersion(SetupEntity item, Guid version, string what)
    {
        if (item.Version != version) throw new ConcurrencyException(StaleMessage(what, item.UpdatedByName, item.UpdatedAt));
    }

    private static TimelineEvent Event(CurrentStaff by, DateTime now, string summary) =>
        new(null, TimelineEventType.SetupChanged, by.Actor, now, summary);

    private static async Task SaveNewAsync(ComplaintsDbContext db, string kind, CancellationToken cancellationToken)
    {
        // The checks above read before writing; the unique index catches anyone who added the same name in between.
        await db.SaveRefusingClashAsync($"Someone else has just added a {kind} with that name. Reload the page to see it.", cancellationToken);
    }

    private async Task SaveChangedAsync<T>(ComplaintsDbContext db, T item, Guid version, string kind, CurrentStaff by, DateTime now, CancellationToken cancellationToken) where T : SetupEntity
    {
        var name = db.Entry(item).Property<string>("Name").OriginalValue;
        item.RecordChange(by.Actor, now);
        try
        {
            await db.SaveExpectingAsync(item, version, async () =>
            {
                // Say who got there first: read the item as it is now.
                await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
                var key = db.Entry(item).Property("Id").CurrentValue;
                var latest = await fresh.Set<T>().AsNoTracking().Where(e => EF.Property<int>(e, "Id") == (int)key!)
                    .Select(e => new { e.UpdatedByName, e.UpdatedAt }).SingleAsync(cancellationToken);
                return StaleMessage($"The {kind} {name}", latest.UpdatedByName, latest.UpdatedAt);
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new ConcurrencyException($"Someone else has just saved a {kind} with that name. Reload the page to see it.");
        }
    }

    // Items made before the set-up pages existed do not know who made them: StaleChange says "someone else".
    private static string StaleMessage(string what, string who, DateTime at) => StaleChange.Message(what, who, at);
}
