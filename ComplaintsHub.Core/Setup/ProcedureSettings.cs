using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Setup;

/// <summary>
/// The complaints procedures and their stages' timescales, kept by the complaints team. A stage takes its deadlines from
/// the settings in force when each is set (docs on the procedures page say which are set when), so a change never
/// rewrites a deadline a case already has.
/// </summary>
public sealed class ProcedureSettings(IDbContextFactory<ComplaintsDbContext> dbFactory, TimeProvider clock)
{
    public async Task<IReadOnlyList<ProcedureForm>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var procedures = await db.Procedures.AsNoTracking().OrderBy(p => p.Name).ToListAsync(cancellationToken);
        return procedures.Select(ProcedureForm.From).ToList();
    }

    /// <summary>Saves every setting of one procedure at once, refusing the lot if any is out of range.</summary>
    public async Task SaveAsync(ProcedureForm form, CurrentStaff by, CancellationToken cancellationToken = default)
    {
        by.Require(StaffRole.ComplaintsAdmin, "change a complaints procedure");
        var name = InputText.CleanRequired(form.Name).Trim();
        var ombudsman = InputText.CleanRequired(form.Ombudsman).Trim();
        var website = InputText.Clean(form.OmbudsmanWebsite)?.Trim() is { Length: > 0 } w ? w : null;
        Check(form, name, ombudsman, website);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await StaffSessions.RequireLiveAsync(db, by, clock, cancellationToken);
        var procedure = await db.Procedures.SingleOrDefaultAsync(p => p.Id == form.Id, cancellationToken)
            ?? throw new ConcurrencyException("That procedure no longer exists. Reload the page.");
        if (procedure.Version != form.Version) throw new ConcurrencyException(StaleMessage(procedure.Name, procedure.UpdatedByName, procedure.UpdatedAt));
        if (form.AllowsInformalResolution && procedure.IsHousing)
        {
            throw new InputRefusedException(ProcedureFields.AllowsInformalResolution,
                "The Housing Ombudsman's Complaint Handling Code does not allow an informal stage: housing complaints go straight to Stage 1.");
        }

        var removed = procedure.Stages.Where(s => s.StageNumber > form.Stages.Count).Select(s => s.StageNumber).ToList();
        if (removed.Count > 0 && await db.ComplaintStages.AnyAsync(s => s.ProcedureId == procedure.Id && removed.Contains(s.StageNumber), cancellationToken))
        {
            throw new InputRefusedException(ProcedureFields.Stages, $"Stage {removed.Min()} has been opened on cases, so it cannot be taken away.");
        }

        var changes = new List<string>();
        Change(changes, "name", procedure.Name, name, v => procedure.Name = v);
        Change(changes, "Ombudsman", procedure.Ombudsman, ombudsman, v => procedure.Ombudsman = v);
        Change(changes, "Ombudsman website", procedure.OmbudsmanWebsite ?? "none", website ?? "none", _ => procedure.OmbudsmanWebsite = website);
        Change(changes, "Ombudsman time limit", $"{procedure.OmbudsmanTimeLimitMonths} months", $"{form.OmbudsmanTimeLimitMonths} months", _ => procedure.OmbudsmanTimeLimitMonths = form.OmbudsmanTimeLimitMonths);
        Change(changes, "retention", $"{procedure.RetentionYears} years", $"{form.RetentionYears} years", _ => procedure.RetentionYears = form.RetentionYears);
        Change(changes, "informal resolution", Allowed(procedure.AllowsInformalResolution), Allowed(form.AllowsInformalResolution), _ => procedure.AllowsInformalResolution = form.AllowsInformalResolution);
        foreach (var number in removed)
        {
            procedure.Stages.Remove(procedure.Stage(number));
            changes.Add($"Stage {number} removed");
        }

        foreach (var edited in form.Stages)
        {
            var stage = procedure.Stages.SingleOrDefault(s => s.StageNumber == edited.StageNumber);
            if (stage is null)
            {
                stage = new ProcedureStage(edited.StageNumber);
                procedure.Stages.Add(stage);
                changes.Add($"Stage {edited.StageNumber} added");
            }

            var label = $"Stage {edited.StageNumber}";
            Change(changes, $"{label} acknowledgement", Days(stage.AcknowledgeWorkingDays), Days(edited.AcknowledgeWorkingDays), _ => stage.AcknowledgeWorkingDays = edited.AcknowledgeWorkingDays);
            Change(changes, $"{label} response", Response(stage.ResponseWorkingDays), Response(edited.ResponseWorkingDays), _ => stage.ResponseWorkingDays = edited.ResponseWorkingDays);
            Change(changes, $"{label} response clock", Describe(stage.ResponseClockStart), Describe(edited.ResponseClockStart), _ => stage.ResponseClockStart = edited.ResponseClockStart);
            Change(changes, $"{label} maximum extension", Days(stage.MaxExtensionWorkingDays), Days(edited.MaxExtensionWorkingDays), _ => stage.MaxExtensionWorkingDays = edited.MaxExtensionWorkingDays);
            var window = edited.StageNumber < form.Stages.Count ? edited.EscalationWindow : null;
            Change(changes, $"{label} escalation window", Window(stage.EscalationWindow, stage.EscalationWindowUnit), Window(window, edited.EscalationWindowUnit), _ =>
            {
                stage.EscalationWindow = window;
                stage.EscalationWindowUnit = edited.EscalationWindowUnit;
            });
        }

        if (changes.Count == 0) throw new DomainException("Nothing has changed: every setting is as it was saved.");
        var now = clock.GetUtcNow().UtcDateTime;
        procedure.RecordChange(by.Actor, now);
        db.TimelineEvents.Add(new TimelineEvent(null, TimelineEventType.SetupChanged, by.Actor, now, $"{procedure.Name} procedure changed: {string.Join("; ", changes)}."));
        await db.SaveExpectingAsync(procedure, form.Version, async () =>
        {
            await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
            var latest = await fresh.Procedures.AsNoTracking().Where(p => p.Id == form.Id).Select(p => new { p.Name, p.UpdatedByName, p.UpdatedAt }).SingleAsync(cancellationToken);
            return StaleMessage(latest.Name, latest.UpdatedByName, latest.UpdatedAt);
        }, cancellationToken);
    }

    private static void Check(ProcedureForm form, string name, string ombudsman, string? website)
    {
        if (name.Length == 0) throw new InputRefusedException(ProcedureFields.Name, "Give the procedure a name.");
        TextLimits.Require(name, ProcedureLimits.NameLength, ProcedureFields.Name, "The name");
        if (ombudsman.Length == 0) throw new InputRefusedException(ProcedureFields.Ombudsman, "Name the Ombudsman a complainant goes to after the last stage.");
        TextLimits.Require(ombudsman, ProcedureLimits.NameLength, ProcedureFields.Ombudsman, "The Ombudsman's name");
        if (website is not null)
        {
            TextLimits.Require(website, TextLimits.Label, ProcedureFields.OmbudsmanWebsite, "The website");
            if (!Uri.TryCreate(website, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            {
                throw new InputRefusedException(ProcedureFields.OmbudsmanWebsite, "Enter the website's full address, starting https://, e.g. https://www.lgo.org.uk.");
            }
        }

        Range(form.OmbudsmanTimeLimitMonths, ProcedureLimits.MinOmbudsmanMonths, ProcedureLimits.MaxOmbudsmanMonths, ProcedureFields.OmbudsmanTimeLimitMonths, "The Ombudsman's time limit", "months");
        Range(form.RetentionYears, ProcedureLimits.MinRetentionYears, ProcedureLimits.MaxRetentionYears, ProcedureFields.RetentionYears, "The retention period", "years");
        if (form.Stages.Count is 0 or > Procedure.MaxStages)
        {
            throw new InputRefusedException(ProcedureFields.Stages, $"A procedure has from 1 to {Procedure.MaxStages} stages.");
        }

        for (var i = 0; i < form.Stages.Count; i++)
        {
            var stage = form.Stages[i];
            var n = i + 1;
            if (stage.StageNumber != n) throw new InputRefusedException(ProcedureFields.Stages, "The stages must be numbered 1, 2, 3 in order.");
            Range(stage.AcknowledgeWorkingDays, ProcedureLimits.MinAcknowledgeDays, ProcedureLimits.MaxAcknowledgeDays,
                ProcedureFields.Stage(n, ProcedureFields.AcknowledgeWorkingDays), $"Stage {n}'s acknowledgement", "working days");
            if (stage.ResponseWorkingDays is { } response)
            {
                Range(response, ProcedureLimits.MinResponseDays, ProcedureLimits.MaxResponseDays,
                    ProcedureFields.Stage(n, ProcedureFields.ResponseWorkingDays), $"Stage {n}'s response", "working days");
            }

            Range(stage.MaxExtensionWorkingDays, 0, ProcedureLimits.MaxExtensionDays,
                ProcedureFields.Stage(n, ProcedureFields.MaxExtensionWorkingDays), $"Stage {n}'s maximum extension", "working days (0 for none)");
            if (n < form.Stages.Count)
            {
                var field = ProcedureFields.Stage(n, ProcedureFields.EscalationWindow);
                var max = stage.EscalationWindowUnit == EscalationWindowUnit.CalendarDays ? ProcedureLimits.MaxEscalationCalendarDays : ProcedureLimits.MaxEscalationWorkingDays;
                var unit = stage.EscalationWindowUnit == EscalationWindowUnit.CalendarDays ? "calendar days" : "working days";
                if (stage.EscalationWindow is not { } window)
                {
                    throw new InputRefusedException(field, $"Stage {n} is followed by Stage {n + 1}: give how long the complainant has to escalate ({ProcedureLimits.MinEscalationWindow} to {max} {unit}).");
                }

                Range(window, ProcedureLimits.MinEscalationWindow, max, field, $"Stage {n}'s escalation window", unit);
            }
        }
    }

    private static void Range(int value, int min, int max, string field, string what, string unit)
    {
        if (value < min || value > max) throw new InputRefusedException(field, $"{what} must be from {min} to {max} {unit}; {value} is outside that.");
    }

    private static void Change(List<string> changes, string what, string before, string after, Action<string> apply)
    {
        if (before == after) return;
        apply(after);
        changes.Add($"{what} {before} → {after}");
    }

    private static string Allowed(bool allowed) => allowed ? "allowed" : "not allowed";

    private static string Days(int days) => $"{days} working days";

    private static string Response(int? days) => days is { } d ? Days(d) : "agreed with the complainant";

    private static string Describe(ClockStart start) => start == ClockStart.Receipt ? "from receipt" : "from acknowledgement";

    private static string Window(int? window, EscalationWindowUnit unit) =>
        window is { } w ? $"{w} {(unit == EscalationWindowUnit.CalendarDays ? "calendar days" : "working days")}" : "none";

    private static string StaleMessage(string procedure, string? who, DateTime? at) => StaleChange.Message($"The {procedure} procedure", who, at);
}
