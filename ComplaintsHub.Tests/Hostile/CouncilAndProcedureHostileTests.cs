using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Setup;
using ComplaintsHub.Tests.Data;

namespace ComplaintsHub.Tests.Hostile;

public class SetupHostile
{
    [Fact]
    public async Task ALogoDeclaringFourBillionPixelsIsRefusedWithoutBeingDecoded()
    {
        await using var world = await CaseWorld.CreateAsync();
        var settings = world.Database.Get<CouncilSettings>();
        var bomb = CouncilSettingsChanges.Png(1, 1);
        bomb.AsSpan(16, 8).Fill(0xFF);

        var version = (await settings.GetAsync()).Version;
        var refusal = await Assert.ThrowsAsync<InputRefusedException>(() => settings.ReplaceLogoAsync(bomb, version, world.Staff["Mark Ellis"]));

        Assert.Equal("The logo can be at most 2000 × 2000 pixels, and this one is 4294967295 × 4294967295.", refusal.Message);
        Assert.Null((await settings.GetAsync()).Logo);
    }

    [Fact]
    public async Task ControlCharactersPastedIntoTheCouncilsNameAreRemovedBeforeItReachesALetter()
    {
        await using var world = await CaseWorld.CreateAsync();
        var settings = world.Database.Get<CouncilSettings>();
        var form = await settings.GetAsync();

        form.Name = "Ashbury\u0007 Borough\u0000 Council";
        await settings.SaveAsync(form, world.Staff["Mark Ellis"]);

        Assert.Equal("Ashbury Borough Council", (await settings.GetAsync()).Name);
    }

    [Theory, InlineData(int.MaxValue), InlineData(int.MinValue)]
    public async Task ANumberAtTheEdgeOfWhatAnIntegerHoldsIsRefusedNotWrappedOrClamped(int value)
    {
        await using var world = await CaseWorld.CreateAsync();
        var settings = world.Database.Get<ProcedureSettings>();
        var form = (await settings.ListAsync()).Single(p => p.Code == "Corporate");

        form.Stages[0].EscalationWindow = value;
        var refusal = await Assert.ThrowsAsync<InputRefusedException>(() => settings.SaveAsync(form, world.Staff["Mark Ellis"]));

        Assert.Equal(ProcedureFields.Stage(1, ProcedureFields.EscalationWindow), refusal.Field);
        Assert.Equal(28, (await settings.ListAsync()).Single(p => p.Code == "Corporate").Stages[0].EscalationWindow);
    }

    [Fact]
    public async Task StagesNumberedOutOfOrderAreRefusedAndTheProcedureKeepsItsStages()
    {
        await using var world = await CaseWorld.CreateAsync();
        var settings = world.Database.Get<ProcedureSettings>();
        var form = (await settings.ListAsync()).Single(p => p.Code == "Corporate");

        form.Stages[1].StageNumber = 3;
        var refusal = await Assert.ThrowsAsync<InputRefusedException>(() => settings.SaveAsync(form, world.Staff["Mark Ellis"]));

        Assert.Equal(ProcedureFields.Stages, refusal.Field);
        Assert.Equal([1, 2], (await settings.ListAsync()).Single(p => p.Code == "Corporate").Stages.Select(s => s.StageNumber));
    }

    [Fact]
    public async Task AFormForOneProcedureCannotBeSavedOverAnother()
    {
        await using var world = await CaseWorld.CreateAsync();
        var settings = world.Database.Get<ProcedureSettings>();
        var procedures = await settings.ListAsync();
        var corporate = procedures.Single(p => p.Code == "Corporate");
        var housing = procedures.Single(p => p.Code == Procedure.HousingCode);

        corporate.Id = housing.Id;
        corporate.Stages[0].ResponseWorkingDays = 15;
        await Assert.ThrowsAsync<Core.Refusals.ConcurrencyException>(() => settings.SaveAsync(corporate, world.Staff["Mark Ellis"]));

        Assert.Equal(10, (await settings.ListAsync()).Single(p => p.Code == Procedure.HousingCode).Stages[0].ResponseWorkingDays);
    }
}
