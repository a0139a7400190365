using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Setup;

/// <summary>The council's details that letters carry, kept by the complaints team (configuration only seeds them).</summary>
public sealed class CouncilSettings(IDbContextFactory<ComplaintsDbContext> dbFactory, TimeProvider clock)
{
    private const string NotSeeded = "The council's details have not been stored yet: restart ComplaintsHub so that it stores them from its settings.";

    public async Task<CouncilForm> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var council = await db.CouncilProfiles.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? throw new DomainException(NotSeeded);
        return CouncilForm.From(council);
    }

    /// <summary>Saves the details (not the logo, which has its own upload), refusing them all if any is missing or too long.</summary>
    public async Task SaveAsync(CouncilForm form, CurrentStaff by, CancellationToken cancellationToken = default)
    {
        by.Require(StaffRole.ComplaintsAdmin, "change the council's details");
        var name = Required(form.Name, TextLimits.Label, CouncilFields.Name, "The council's name", "Enter the council's name as it goes on letters.");
        var address = Required(form.Address, CouncilProfile.AddressLength, CouncilFields.Address, "The address", "Enter the council's address for the letterhead.");
        var signatory = Required(form.Signatory, TextLimits.Label, CouncilFields.Signatory, "The signatory", "Enter who signs the letters, e.g. Complaints and Information Manager.");
        var escalation = Required(form.EscalationHow, CouncilProfile.EscalationHowLength, CouncilFields.EscalationHow, "The escalation wording",
            "Say how a complainant asks for the next stage, e.g. Reply to this letter, email … or call …, quoting your reference.");
        var email = Optional(form.ComplaintsEmail, TextLimits.Email, CouncilFields.ComplaintsEmail, "The email address");
        if (email is not null && !ContactDetails.IsEmail(email)) throw new InputRefusedException(CouncilFields.ComplaintsEmail, "That is not an email address (it needs an @ and a domain).");
        var phone = Optional(form.ComplaintsPhone, TextLimits.Phone, CouncilFields.ComplaintsPhone, "The phone number");
        if (phone is not null && !ContactDetails.IsPhoneNumber(phone)) throw new InputRefusedException(CouncilFields.ComplaintsPhone, "That is not a UK phone number: it needs 10 to 13 digits.");

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await StaffSessions.RequireLiveAsync(db, by, clock, cancellationToken);
        var council = await db.CouncilProfiles.SingleOrDefaultAsync(cancellationToken) ?? throw new DomainException(NotSeeded);
        if (council.Version != form.Version) throw new ConcurrencyException(StaleMessage(council.UpdatedByName, council.UpdatedAt));
        var changes = new List<string>();
        Change(changes, "name", council.Name, name, v => council.Name = v);
        Change(changes, "address", council.Address, address, v => council.Address = v);
        Change(changes, "signatory", council.Signatory, signatory, v => council.Signatory = v);
        Change(changes, "escalation wording", council.EscalationHow, escalation, v => council.EscalationHow = v);
        Change(changes, "complaints email", council.ComplaintsEmail ?? "none", email ?? "none", _ => council.ComplaintsEmail = email);
        Change(changes, "complaints phone", council.ComplaintsPhone ?? "none", phone ?? "none", _ => council.ComplaintsPhone = phone);
        if (changes.Count == 0) throw new DomainException("Nothing has changed: every detail is as it was saved.");
        await SaveAsync(db, council, form.Version, by, $"Council details changed: {string.Join("; ", changes)}.", cancellationToken);
    }

    /// <summary>Replaces the letterhead logo with a PNG checked by its content; the timeline records the change, not the image.</summary>
    public async Task ReplaceLogoAsync(byte[] png, Guid version, CurrentStaff by, CancellationToken cancellationToken = default)
    {
        by.Require(StaffRole.ComplaintsAdmin, "change the council's logo");
        var (width, height) = PngLogo.Check(png, CouncilFields.Logo);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await StaffSessions.RequireLiveAsync(db, by, clock, cancellationToken);
        var council = await db.CouncilProfiles.SingleOrDefaultAsync(cancellationToken) ?? throw new DomainException(NotSeeded);
        if (council.Version != version) throw new ConcurrencyException(StaleMessage(council.UpdatedByName, council.UpdatedAt));
        var what = council.Logo is null ? "added" : "replaced";
        council.Logo = png;
        await SaveAsync(db, council, version, by, $"Council logo {what} ({width} × {height} pixels, {(png.Length + 1023) / 1024:N0} KB).", cancellationToken);
    }

    public async Task RemoveLogoAsync(Guid version, CurrentStaff by, CancellationToken cancellationToken = default)
    {
        by.Require(StaffRole.ComplaintsAdmin, "change the council's logo");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await StaffSessions.RequireLiveAsync(db, by, clock, cancellationToken);
        var council = await db.CouncilProfiles.SingleOrDefaultAsync(cancellationToken) ?? throw new DomainException(NotSeeded);
        if (council.Version != version) throw new ConcurrencyException(StaleMessage(council.UpdatedByName, council.UpdatedAt));
        if (council.Logo is null) throw new DomainException("There is no logo to remove.");
        council.Logo = null;
        await SaveAsync(db, council, version, by, "Council logo removed: letters have a letterhead of name and address only.", cancellationToken);
    }

    private async Task SaveAsync(ComplaintsDbContext db, CouncilProfile council, Guid version, CurrentStaff by, string summary, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        council.RecordChange(by.Actor, now);
        db.TimelineEvents.Add(new TimelineEvent(null, TimelineEventType.SetupChanged, by.Actor, now, summary));
        await db.SaveExpectingAsync(council, version, async () =>
        {
            await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
            var latest = await fresh.CouncilProfiles.AsNoTracking().Select(c => new { c.UpdatedByName, c.UpdatedAt }).SingleAsync(cancellationToken);
            return StaleMessage(latest.UpdatedByName, latest.UpdatedAt);
        }, cancellationToken);
    }

    private static string Required(string? text, int limit, string field, string what, string missing)
    {
        var clean = InputText.CleanRequired(text).Trim();
        if (clean.Length == 0) throw new InputRefusedException(field, missing);
        TextLimits.Require(clean, limit, field, what);
        return clean;
    }

    private static string? Optional(string? text, int limit, string field, string what)
    {
        var clean = InputText.Clean(text)?.Trim();
        if (string.IsNullOrEmpty(clean)) return null;
        TextLimits.Require(clean, limit, field, what);
        return clean;
    }

    private static void Change(List<string> changes, string what, string before, string after, Action<string> apply)
    {
        if (before == after) return;
        apply(after);
        changes.Add($"{what} {Shortened(before)} → {Shortened(after)}");
    }

    /// <summary>The escalation wording runs to 2,000 characters: the timeline line names the change without holding two copies.</summary>
    private static string Shortened(string text) => text.Length <= 300 ? text : $"{text[..300]}…";

    private static string StaleMessage(string? who, DateTime? at) => StaleChange.Message("The council's details", who, at, plural: true);
}
