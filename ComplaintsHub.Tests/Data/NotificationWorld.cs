using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Contacts;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Notifications;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Data;

/// <summary>
/// The demo council's areas, teams and staff with no cases, email switched on (unless asked otherwise) and the clock at a
/// chosen moment; cases are logged by Tom Bennett (Waste &amp; Recycling, whose team leader is David Okafor) for one
/// complainant whose details no notification may carry.
/// </summary>
internal sealed class NotificationWorld : IAsyncDisposable
{
    public const string FirstName = "Adaeze";
    public const string LastName = "Okonkwo";
    public const string ComplainantEmail = "adaeze.okonkwo@example.net";
    public const string Phone = "07700 900123";
    public const string Address = "14 Larkspur Close";
    public const string Postcode = "AB3 9QT";
    public const string Description = "Assisted collection missed again for the third week running.";

    public required TestDatabase Database { get; init; }
    public required Dictionary<string, CurrentStaff> Staff { get; init; }
    public required int WasteId { get; init; }

    public CaseActions Actions => Database.Get<CaseActions>();

    public static async Task<NotificationWorld> CreateAsync(DateTimeOffset now, bool emailOn = true, DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var database = await TestDatabase.CreateAsync(provider, now, emailOn ? TestDatabase.EmailSwitchedOn : null);
        await database.Get<DemoDataSeeder>().SeedAsync(days: 0);
        await using var db = await database.Factory.CreateDbContextAsync();
        var staff = await db.StaffUsers.Include(s => s.Roles).ToListAsync();
        return new NotificationWorld
        {
            Database = database,
            Staff = staff.ToDictionary(s => s.DisplayName, s => new CurrentStaff(s.Id, s.DisplayName, s.Roles.Select(r => r.Role).ToHashSet())),
            WasteId = (await db.ServiceAreas.SingleAsync(a => a.Name == "Waste & Recycling")).Id,
        };
    }

    /// <summary>A UK moment as the clock's instant: <c>At(2026, 11, 26, 9)</c> is 09:00 in the UK on 26 November 2026.</summary>
    public static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0) =>
        new(Core.Calendar.UkTime.ToUtc(new DateTime(year, month, day, hour, minute, 0)), TimeSpan.Zero);

    public void SetClock(DateTimeOffset moment) => Database.Clock.SetUtcNow(moment);

    public async Task<(int Id, string Reference)> LogAsync(DateOnly received, int? serviceAreaId = null)
    {
        var logged = await Database.Get<ContactLogging>().LogAsync(new ContactLogForm
        {
            ServiceAreaId = serviceAreaId ?? WasteId,
            ReceivedDate = received.ToDateTime(TimeOnly.MinValue),
            ReceivedTime = new TimeSpan(9, 0, 0),
            Description = Description,
            Complainant = new ComplainantForm { FirstName = FirstName, LastName = LastName, Email = ComplainantEmail, Phone = Phone, AddressLine1 = Address, Postcode = Postcode },
        }, Staff["Tom Bennett"]);
        Assert.True(logged.Saved, string.Join("; ", logged.Errors.Values));
        return (logged.ComplaintId!.Value, logged.Reference!);
    }

    public async Task<CaseDetails> OpenAsync(string reference) =>
        Assert.IsType<CaseLookup.Found>(await Database.Get<CaseQuery>().GetAsync(reference, Staff["Mark Ellis"])).Case;

    public async Task AllocateAsync(string reference, string officer, string by = "David Okafor")
    {
        var details = await OpenAsync(reference);
        await Actions.ApplyAsync(details.Id, details.Version, new AllocateCommand(Staff[officer].StaffUserId), Staff[by]);
    }

    public async Task<List<OutboxEmail>> OutboxAsync()
    {
        await using var db = await Database.Factory.CreateDbContextAsync();
        return await db.OutboxEmails.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
    }

    public Task<int?> RunRemindersAsync() => Database.Get<ReminderRun>().RunAsync();

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
