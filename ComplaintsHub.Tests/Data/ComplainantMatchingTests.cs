using ComplaintsHub.Core.Contacts;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Data;

public class ComplainantMatching
{
    private const string Reason = "Caller asked us to update her phone number on the new complaint.";

    [Theory]
    [InlineData("zysk")]
    [InlineData("Grace Zyskowska")]
    [InlineData("ZZ9 9ZZ")]
    [InlineData("07700900456")]
    [InlineData("grace.z@ex")]
    public async Task AnOfficerSeesOnlyTheNameAndOutwardPostcodeOfSomeoneWhoseCasesAreAllInAnotherArea(string term)
    {
        await using var world = await PersonalDataWorld.CreateAsync();

        var match = Assert.Single(await world.Logging.FindComplainantsAsync(term, world.Staff[PersonalDataWorld.Officer]));

        Assert.Equal(new ComplainantMatch(world.GraceId, "Grace Zyskowska", null, "ZZ9", null, null, null, 0, HasCasesInOtherAreas: true, IsLimited: true), match);
    }

    [Fact]
    public async Task AnOfficerSeesTheFullDetailsOfSomeoneWithACaseInHisOwnArea()
    {
        await using var world = await PersonalDataWorld.CreateAsync();

        var housing = Assert.Single(await world.Logging.FindComplainantsAsync("zysk", world.Staff[PersonalDataWorld.HousingOfficer]));
        var waste = Assert.Single(await world.Logging.FindComplainantsAsync("quenby", world.Staff[PersonalDataWorld.Officer]));

        Assert.Equal(new ComplainantMatch(world.GraceId, "Grace Zyskowska", "4 Mill Lane", "ZZ9 9ZZ", "07700 900456", "grace.z@example.org", "Calls after 2pm only", 1, false, false), housing);
        Assert.Equal((false, "ZY1 1AB", "07700 900789", 1), (waste.IsLimited, waste.Postcode, waste.Phone, waste.Cases));
    }

    [Fact]
    public async Task TheComplaintsTeamSeesEveryoneInFull()
    {
        await using var world = await PersonalDataWorld.CreateAsync();

        var match = Assert.Single(await world.Logging.FindComplainantsAsync("zysk", world.Staff[PersonalDataWorld.ComplaintsTeam]));

        Assert.Equal((false, "07700 900456", 1, false), (match.IsLimited, match.Phone, match.Cases, match.HasCasesInOtherAreas));
    }

    [Fact]
    public async Task RevealingFullDetailsNeedsAReasonAndWritesExactlyOneLineToTheAccessLog()
    {
        await using var world = await PersonalDataWorld.CreateAsync();
        var officer = world.Staff[PersonalDataWorld.Officer];

        var refused = await world.Logging.RevealComplainantAsync(world.GraceId, "", officer);
        var linesAfterRefusal = await world.AccessLogLinesAsync();
        world.Database.Clock.Advance(TimeSpan.FromMinutes(3));
        var revealed = await world.Logging.RevealComplainantAsync(world.GraceId, $"  {Reason} ", officer);

        Assert.Null(refused.Match);
        Assert.NotNull(refused.Error);
        Assert.Equal(0, linesAfterRefusal);
        Assert.Equal(("4 Mill Lane", "07700 900456", "grace.z@example.org", "Calls after 2pm only"),
            (revealed.Match!.Address, revealed.Match.Phone, revealed.Match.Email, revealed.Match.ReasonableAdjustments));
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        var line = await db.PersonalDataAccessLog.SingleAsync();
        Assert.Equal((officer.StaffUserId, "Tom Bennett", world.GraceId, world.Database.Clock.GetUtcNow().UtcDateTime, Reason, PersonalDataPurpose.RevealedWhenLoggingAContact, (string?)null),
            (line.StaffUserId, line.StaffName, line.ComplainantId, line.AccessedAt, line.Reason, line.Purpose, line.CaseReference));
    }

    [Fact]
    public async Task ANewCaseIsLinkedToALimitedMatchsRecordWithoutRevealingItAndTheLinkIsLogged()
    {
        await using var world = await PersonalDataWorld.CreateAsync();
        var officer = world.Staff[PersonalDataWorld.Officer];
        await using var before = await world.Database.Factory.CreateDbContextAsync();
        var people = await before.Complainants.CountAsync();

        var result = await world.Logging.LogAsync(PersonalDataWorld.Complaint(world.Areas["Waste & Recycling"], existingComplainantId: world.GraceId), officer);

        Assert.True(result.Saved);
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        Assert.Equal(world.GraceId, (await db.Complaints.SingleAsync(c => c.Id == result.ComplaintId)).ComplainantId);
        Assert.Equal(people, await db.Complainants.CountAsync());
        var line = await db.PersonalDataAccessLog.SingleAsync();
        Assert.Equal((officer.StaffUserId, world.GraceId, PersonalDataPurpose.LinkedToNewCase, result.Reference), (line.StaffUserId, line.ComplainantId, line.Purpose, line.CaseReference));
    }

    [Fact]
    public async Task LinkingSomeoneAlreadyInTheOfficersAreasWritesNothingToTheAccessLog()
    {
        await using var world = await PersonalDataWorld.CreateAsync();

        var result = await world.Logging.LogAsync(PersonalDataWorld.Complaint(world.Areas["Parking"], existingComplainantId: world.HaroldId), world.Staff[PersonalDataWorld.Officer]);

        Assert.True(result.Saved);
        Assert.Equal(0, await world.AccessLogLinesAsync());
    }

    [Fact]
    public async Task TheComplaintsTeamReadsTheAccessLogNewestFirstAndNoOneElseMay()
    {
        await using var world = await PersonalDataWorld.CreateAsync();
        var officer = world.Staff[PersonalDataWorld.Officer];
        await world.Logging.RevealComplainantAsync(world.GraceId, Reason, officer);
        world.Database.Clock.Advance(TimeSpan.FromMinutes(1));
        await world.Logging.RevealComplainantAsync(world.HaroldId, "Checking the address before a home visit.", world.Staff[PersonalDataWorld.HousingOfficer]);
        var query = world.Database.Get<PersonalDataAccessQuery>();

        var all = await query.ListAsync(world.Staff[PersonalDataWorld.ComplaintsTeam]);
        var grace = await query.ListAsync(world.Staff[PersonalDataWorld.ComplaintsTeam], world.GraceId);

        Assert.Equal(["Harold Quenby", "Grace Zyskowska"], all.Select(r => r.ComplainantName));
        Assert.Equal((world.GraceId, "Tom Bennett", Reason), (Assert.Single(grace).ComplainantId, grace[0].StaffName, grace[0].Reason));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => query.ListAsync(officer));
    }

    [Fact]
    public async Task AnOfficerSeesInFullSomeoneWithCasesInOtherAreasOnceOneCaseIsHis()
    {
        await using var world = await PersonalDataWorld.CreateAsync();
        var officer = world.Staff[PersonalDataWorld.Officer];
        await world.Logging.LogAsync(PersonalDataWorld.Complaint(world.Areas["Waste & Recycling"], existingComplainantId: world.GraceId), officer);

        var match = Assert.Single(await world.Logging.FindComplainantsAsync("zysk", officer));

        Assert.Equal((false, "07700 900456", 1, true), (match.IsLimited, match.Phone, match.Cases, match.HasCasesInOtherAreas));
    }
}
