using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Import;

/// <summary>
/// The mappings the complaints team keeps for the next file from the same old list. Saving one is a set-up change:
/// recorded as a <see cref="TimelineEventType.SetupChanged"/> event, and refused, naming who got there first, when
/// someone else saved the same mapping since it was loaded.
/// </summary>
public sealed class SavedImportMappings(IDbContextFactory<ComplaintsDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>The field a refused name is reported under.</summary>
    public const string NameField = "Name";

    private const string ToDo = "keep import mappings";

    public async Task<IReadOnlyList<SavedImportMappingRow>> ListAsync(CurrentStaff by, CancellationToken cancellationToken = default)
    {
        by.Require(StaffRole.ComplaintsAdmin, ToDo);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var saved = await db.SavedImportMappings.AsNoTracking().ToListAsync(cancellationToken);
        return [.. saved.OrderBy(m => m.Name, StringComparer.OrdinalIgnoreCase)
            .Select(m => new SavedImportMappingRow(m.Id, m.Name, ImportMappingJson.Read(m.MappingJson), m.Version, m.UpdatedAt, m.UpdatedByName))];
    }

    /// <param name="id">The mapping being replaced, or null for a new one.</param>
    /// <param name="version">The version of <paramref name="id"/> the person loaded.</param>
    /// <returns>The saved mapping's id.</returns>
    public async Task<int> SaveAsync(int? id, Guid version, string name, ImportMapping mapping, CurrentStaff by, CancellationToken cancellationToken = default)
    {
        by.Require(StaffRole.ComplaintsAdmin, ToDo);
        name = InputText.CleanRequired(name).Trim();
        if (name.Length == 0) throw new InputRefusedException(NameField, "Give the mapping a name, e.g. \"SharePoint complaints list\".");
        TextLimits.Require(name, TextLimits.SetupName, NameField, "The name");
        var json = ImportMappingJson.Write(mapping);
        if (json.Length > SavedImportMapping.MappingLength)
            throw new DomainException($"This mapping has too many value translations to keep ({json.Length:N0} characters written down, at most {SavedImportMapping.MappingLength:N0}).");

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await StaffSessions.RequireLiveAsync(db, by, clock, cancellationToken);
        var saved = id is { } existing
            ? await db.SavedImportMappings.SingleOrDefaultAsync(m => m.Id == existing, cancellationToken)
              ?? throw new ConcurrencyException("That saved mapping no longer exists. Reload the page.")
            : null;
        if (saved is not null && saved.Version != version) throw new ConcurrencyException(StaleMessage(saved.Name, saved.UpdatedByName, saved.UpdatedAt));
        if (await db.SavedImportMappings.AnyAsync(m => m.Id != id && m.Name.ToUpper() == name.ToUpper(), cancellationToken))
            throw new InputRefusedException(NameField, $"There is already a saved mapping called {name}: pick it from the list to change it, or give this one another name.");

        var now = clock.GetUtcNow().UtcDateTime;
        var summary = $"{Describe(mapping)}.";
        if (saved is null)
        {
            saved = new SavedImportMapping(name, json);
            saved.RecordChange(by.Actor, now);
            db.SavedImportMappings.Add(saved);
            db.TimelineEvents.Add(new TimelineEvent(null, TimelineEventType.SetupChanged, by.Actor, now, $"Import mapping {name} added: {summary}"));
            await db.SaveRefusingClashAsync($"Someone else has just saved a mapping called {name}. Reload the page to see it.", cancellationToken);
            return saved.Id;
        }

        var before = Describe(ImportMappingJson.Read(saved.MappingJson));
        var renamed = saved.Name != name ? $"renamed {saved.Name} → {name}; " : "";
        db.TimelineEvents.Add(new TimelineEvent(null, TimelineEventType.SetupChanged, by.Actor, now,
            $"Import mapping {saved.Name} changed: {renamed}{before} → {summary}"));
        var loadedName = saved.Name;
        saved.Name = name;
        saved.MappingJson = json;
        saved.RecordChange(by.Actor, now);
        try
        {
            await db.SaveExpectingAsync(saved, version, async () =>
            {
                // Say who got there first: read the mapping as it is now.
                await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
                var latest = await fresh.SavedImportMappings.AsNoTracking().Where(m => m.Id == saved.Id)
                    .Select(m => new { m.UpdatedByName, m.UpdatedAt }).SingleAsync(cancellationToken);
                return StaleMessage(loadedName, latest.UpdatedByName, latest.UpdatedAt);
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new ConcurrencyException($"Someone else has just saved a mapping called {name}. Reload the page to see it.");
        }
        return saved.Id;
    }

    /// <summary>"columns Reference ← Ref, Date received ← Logged; service areas Bins → Waste" — what a mapping says, for the timeline.</summary>
    private static string Describe(ImportMapping mapping)
    {
        var parts = new List<string>
        {
            mapping.Columns.Count == 0
                ? "no columns"
                : "columns " + string.Join(", ", mapping.Columns.OrderBy(c => c.Key).Select(c => $"{ImportChecker.Label(c.Key)} ← {c.Value}")),
        };
        Add("service areas", mapping.ServiceAreas);
        Add("outcomes", mapping.Outcomes);
        Add("channels", mapping.Channels);
        return string.Join("; ", parts);

        void Add(string what, IReadOnlyDictionary<string, string>? map)
        {
            if (map is { Count: > 0 }) parts.Add($"{what} " + string.Join(", ", map.OrderBy(m => m.Key, StringComparer.OrdinalIgnoreCase).Select(m => $"{m.Key} → {m.Value}")));
        }
    }

    private static string StaleMessage(string name, string who, DateTime at) => StaleChange.Message($"The mapping {name}", who, at,
        reload: "your mapping is still on the page, so save it under another name, or pick the saved one again to see theirs.");
}
