using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Letters;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Setup;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Data;

public class CouncilSettingsChanges
{
    /// <summary>A real PNG header (signature and IHDR) of the given size in pixels, padded to <paramref name="bytes"/>.</summary>
    internal static byte[] Png(int width, int height, int bytes = 200)
    {
        var png = new byte[bytes];
        byte[] header = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R'];
        header.CopyTo(png, 0);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), height);
        return png;
    }

    private static CouncilSettings Settings(CaseWorld world) => world.Database.Get<CouncilSettings>();

    private static async Task<List<TimelineEvent>> SetupEventsAsync(CaseWorld world)
    {
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        return await db.TimelineEvents.Where(e => e.Type == TimelineEventType.SetupChanged).ToListAsync();
    }

    [Fact]
    public async Task TheDetailsAreSeededOnceFromConfigurationThenANewLetterReadsThemFromTheDatabase()
    {
        await using var world = await CaseWorld.CreateAsync();
        var seeded = await Settings(world).GetAsync();
        Assert.Equal(("Ashbury District Council", "Complaints Manager"), (seeded.Name, seeded.Signatory));

        seeded.Name = "Ashbury Borough Council";
        await Settings(world).SaveAsync(seeded, world.Staff["Mark Ellis"]);
        await world.Database.Get<LetterService>().EnsureCouncilDetailsAsync();
        var letters = world.Database.Get<LetterService>();
        var draftId = await letters.CreateDraftAsync(world.Reference, LetterType.Acknowledgement, null, world.Staff["Tom Bennett"]);

        Assert.Equal("Ashbury Borough Council", (await Settings(world).GetAsync()).Name);
        var draft = await letters.DraftAsync(draftId, world.Staff["Tom Bennett"]);
        Assert.Contains("For Ashbury Borough Council", draft!.Text);
        Assert.DoesNotContain("Ashbury District Council", draft.Text);
        await using var db = await world.Database.Factory.CreateDbContextAsync();
        Assert.Equal(1, await db.CouncilProfiles.CountAsync());
    }

    [Fact]
    public async Task EveryChangeIsRecordedWithWhoWhenAndBeforeAndAfter()
    {
        await using var world = await CaseWorld.CreateAsync();
        var form = await Settings(world).GetAsync();

        form.Signatory = "Head of Customer Services";
        form.ComplaintsEmail = "customer.complaints@ashbury.gov.uk";
        await Settings(world).SaveAsync(form, world.Staff["Mark Ellis"]);

        var change = Assert.Single(await SetupEventsAsync(world));
        Assert.Equal(("Mark Ellis", TestToday.HandWorkedNow.UtcDateTime), (change.ActorName, change.OccurredAt));
        Assert.Equal("Council details changed: signatory Complaints Manager → Head of Customer Services; complaints email complaints@ashbury.gov.uk → customer.complaints@ashbury.gov.uk.", change.Summary);
    }

    public static TheoryData<string, Action<CouncilForm>> Refused => new()
    {
        { CouncilFields.Name, f => f.Name = " " },
        { CouncilFields.Name, f => f.Name = new string('n', TextLimits.Label + 1) },
        { CouncilFields.Address, f => f.Address = null },
        { CouncilFields.Signatory, f => f.Signatory = "" },
        { CouncilFields.EscalationHow, f => f.EscalationHow = new string('e', CouncilProfile.EscalationHowLength + 1) },
        { CouncilFields.ComplaintsEmail, f => f.ComplaintsEmail = "complaints at ashbury" },
        { CouncilFields.ComplaintsPhone, f => f.ComplaintsPhone = "01234" },
    };

    [Theory, MemberData(nameof(Refused))]
    public async Task AMissingOrWrongDetailIsRefusedNamingTheFieldAndNothingIsSaved(string field, Action<CouncilForm> spoil)
    {
        await using var world = await CaseWorld.CreateAsync();
        var form = await Settings(world).GetAsync();
        form.Signatory = "Head of Customer Services";

        spoil(form);
        var refusal = await Assert.ThrowsAsync<InputRefusedException>(() => Settings(world).SaveAsync(form, world.Staff["Mark Ellis"]));

        Assert.Equal(field, refusal.Field);
        Assert.Equal("Complaints Manager", (await Settings(world).GetAsync()).Signatory);
        Assert.Empty(await SetupEventsAsync(world));
    }

    [Fact]
    public async Task APngLogoReplacesTheLetterheadAndTheTimelineSaysSoWithoutTheImage()
    {
        await using var world = await CaseWorld.CreateAsync();
        var form = await Settings(world).GetAsync();
        var logo = Png(400, 120, 3000);

        await Settings(world).ReplaceLogoAsync(logo, form.Version, world.Staff["Mark Ellis"]);

        Assert.Equal(logo, (await Settings(world).GetAsync()).Logo);
        Assert.Equal(logo, (await world.Database.Get<LetterService>().CouncilAsync()).Logo);
        Assert.Equal("Council logo added (400 × 120 pixels, 3 KB).", Assert.Single(await SetupEventsAsync(world)).Summary);
    }

    public static TheoryData<string, byte[]> NotALogo => new()
    {
        { "a JPEG named .png", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0] },
        { "empty", [] },
        { "oversized", Png(400, 120, CouncilProfile.MaxLogoBytes + 1) },
        { "too wide", Png(CouncilProfile.MaxLogoPixels + 1, 100) },
        { "no pixels", Png(0, 100) },
        { "signature only", Png(400, 120)[..12] },
    };

    [Theory, MemberData(nameof(NotALogo))]
    public async Task AFileThatIsNotAPngOfSensibleSizeIsRefusedAsTheLogo(string what, byte[] file)
    {
        await using var world = await CaseWorld.CreateAsync();
        var form = await Settings(world).GetAsync();

        var refusal = await Assert.ThrowsAsync<InputRefusedException>(() => Settings(world).ReplaceLogoAsync(file, form.Version, world.Staff["Mark Ellis"]));

        Assert.True(refusal.Field == CouncilFields.Logo, what);
        Assert.Null((await Settings(world).GetAsync()).Logo);
        Assert.Empty(await SetupEventsAsync(world));
    }

    [Fact]
    public async Task AStaleSaveIsRefusedNamingWhoChangedTheDetailsAndWhen()
    {
        await using var world = await CaseWorld.CreateAsync();
        var mine = await Settings(world).GetAsync();
        var theirs = await Settings(world).GetAsync();
        theirs.ComplaintsPhone = "01234 567890";
        await Settings(world).SaveAsync(theirs, world.Staff["Mark Ellis"]);

        mine.Signatory = "Head of Customer Services";
        var refusal = await Assert.ThrowsAsync<ConcurrencyException>(() => Settings(world).SaveAsync(mine, world.Staff["Mark Ellis"]));
        var logo = await Assert.ThrowsAsync<ConcurrencyException>(() => Settings(world).ReplaceLogoAsync(Png(400, 120), mine.Version, world.Staff["Mark Ellis"]));

        Assert.StartsWith("The council's details were changed by Mark Ellis at 10:00 on 20 November while you had them open.", refusal.Message);
        Assert.Equal(refusal.Message, logo.Message);
        var saved = await Settings(world).GetAsync();
        Assert.Equal(("Complaints Manager", "01234 567890", (byte[]?)null), (saved.Signatory, saved.ComplaintsPhone, saved.Logo));
    }

    [Theory, InlineData("David Okafor"), InlineData("Tom Bennett"), InlineData("Cllr Janet Hughes")]
    public async Task OnlyTheComplaintsTeamMayChangeTheCouncilsDetails(string person)
    {
        await using var world = await CaseWorld.CreateAsync();
        var form = await Settings(world).GetAsync();

        form.Name = "Somewhere Else Council";
        await Assert.ThrowsAsync<PermissionDeniedException>(() => Settings(world).SaveAsync(form, world.Staff[person]));
        await Assert.ThrowsAsync<PermissionDeniedException>(() => Settings(world).ReplaceLogoAsync(Png(400, 120), form.Version, world.Staff[person]));

        var saved = await Settings(world).GetAsync();
        Assert.Equal(("Ashbury District Council", (byte[]?)null), (saved.Name, saved.Logo));
        Assert.Empty(await SetupEventsAsync(world));
    }
}
