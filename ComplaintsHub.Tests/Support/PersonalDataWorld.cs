using ComplaintsHub.Core.Contacts;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Support;

/// <summary>
/// The demo council's staff and reference data with two people on record: Grace Zyskowska, whose only case is a Housing
/// complaint logged by Priya Shah (Housing), and Harold Quenby, whose only case is a Waste complaint logged by Tom Bennett
/// (Waste and Parking). Nobody else has a case, so what each person can find is known exactly.
/// </summary>
public sealed class PersonalDataWorld : IAsyncDisposable
{
    public const string Officer = "Tom Bennett";
    public const string HousingOfficer = "Priya Shah";
    public const string ComplaintsTeam = "Mark Ellis";
    public const string Councillor = "Cllr Janet Hughes";

    public required TestDatabase Database { get; init; }
    public required IReadOnlyDictionary<string, CurrentStaff> Staff { get; init; }
    public required IReadOnlyDictionary<string, int> Areas { get; init; }
    public required int GraceId { get; init; }
    public required string GraceCase { get; init; }
    public required int HaroldId { get; init; }

    public ContactLogging Logging => Database.Get<ContactLogging>();

    public static async Task<PersonalDataWorld> CreateAsync()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        // A negative span simulates no days: reference data and staff only.
        await database.Get<DemoDataSeeder>().SeedAsync(days: -1);
        await using var db = await database.Factory.CreateDbContextAsync();
        var staff = (await db.StaffUsers.Include(s => s.Roles).ToListAsync())
            .ToDictionary(s => s.DisplayName, s => new CurrentStaff(s.Id, s.DisplayName, s.Roles.Select(r => r.Role).ToHashSet()));
        var areas = await db.ServiceAreas.ToDictionaryAsync(a => a.Name, a => a.Id);
        var logging = database.Get<ContactLogging>();
        var grace = await logging.LogAsync(Complaint(areas["Housing"], new ComplainantForm
        {
            FirstName = "Grace", LastName = "Zyskowska", AddressLine1 = "4 Mill Lane", Town = "Ashbury", Postcode = "zz9 9zz",
            Phone = "07700 900456", Email = "grace.z@example.org", ReasonableAdjustments = "Calls after 2pm only",
            RepresentativeName = "Ann Advocate", RepresentativeContact = "01234 567890",
        }), staff[HousingOfficer]);
        var harold = await logging.LogAsync(Complaint(areas["Waste & Recycling"], new ComplainantForm
        {
            FirstName = "Harold", LastName = "Quenby", AddressLine1 = "9 Wharf Road", Postcode = "ZY1 1AB", Phone = "07700 900789",
        }), staff[Officer]);
        var ids = await db.Complaints.Where(c => c.Id == grace.ComplaintId || c.Id == harold.ComplaintId).ToDictionaryAsync(c => c.Id, c => c.ComplainantId!.Value);
        return new PersonalDataWorld
        {
            Database = database, Staff = staff, Areas = areas,
            GraceId = ids[grace.ComplaintId!.Value], GraceCase = grace.Reference!, HaroldId = ids[harold.ComplaintId!.Value],
        };
    }

    /// <summary>A phone complaint received on the test's today, about <paramref name="areaId"/>.</summary>
    public static ContactLogForm Complaint(int areaId, ComplainantForm? person = null, int? existingComplainantId = null) => new()
    {
        ServiceAreaId = areaId,
        ReceivedDate = TestToday.Date.ToDateTime(TimeOnly.MinValue),
        ReceivedTime = new TimeSpan(9, 0, 0),
        Description = "The caller says nobody has replied to them.",
        Complainant = person ?? new ComplainantForm(),
        ExistingComplainantId = existingComplainantId,
    };

    public async Task<int> AccessLogLinesAsync()
    {
        await using var db = await Database.Factory.CreateDbContextAsync();
        return await db.PersonalDataAccessLog.CountAsync();
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
