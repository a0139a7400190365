using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Letters;
using ComplaintsHub.Core.Setup;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Data;

public class FirstStartOnAnEmptyDatabase
{
    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task AddsTheDefaultProceduresCategoriesAndLetterTemplatesAndNothingFictional(DatabaseProvider provider)
    {
        await using var database = await EmptyAsync(provider);

        var added = await database.Get<FirstStartDefaults>().EnsureAsync();

        Assert.True(added);
        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal(Timescales(DefaultReferenceData.Procedures()), Timescales(await db.Procedures.AsNoTracking().ToListAsync()));
        Assert.Equal(DefaultReferenceData.Categories.Order(), (await db.Categories.Select(c => c.Name).ToListAsync()).Order());
        Assert.Equal(DefaultLetterTemplates.All.Keys.Order(), (await db.LetterTemplates.Where(t => t.IsCurrent && t.ProcedureId == null).Select(t => t.Type).ToListAsync()).Order());
        // Each default procedure has its own letter of every type, naming its own route and Ombudsman.
        var housing = await db.Procedures.SingleAsync(p => p.Code == Procedure.HousingCode);
        var housingResponse = await db.LetterTemplates.SingleAsync(t => t.IsCurrent && t.ProcedureId == housing.Id && t.Type == LetterType.Stage2Response);
        Assert.Equal(DefaultLetterTemplates.For(LetterType.Stage2Response, Procedure.HousingCode), housingResponse.Body);
        Assert.Equal(DefaultLetterTemplates.ProcedureCodes.Count * DefaultLetterTemplates.All.Count, await db.LetterTemplates.CountAsync(t => t.ProcedureId != null));
        Assert.Equal(0, await db.Complaints.CountAsync());
        Assert.Equal(0, await db.Complainants.CountAsync());
        Assert.Equal(0, await db.StaffUsers.CountAsync());
        Assert.Equal(0, await db.ServiceAreas.CountAsync());
        Assert.Equal(0, await db.Teams.CountAsync());
    }

    [Theory, InlineData(DatabaseProvider.Sqlite), PostgresData]
    public async Task ASecondStartAddsNothing(DatabaseProvider provider)
    {
        await using var database = await EmptyAsync(provider);
        await database.Get<FirstStartDefaults>().EnsureAsync();
        var before = await CountsAsync(database);

        var added = await database.Get<FirstStartDefaults>().EnsureAsync();

        Assert.False(added);
        Assert.Equal(before, await CountsAsync(database));
        Assert.Equal((5, 9, 8, DefaultLetterTemplates.All.Count * (1 + DefaultLetterTemplates.ProcedureCodes.Count)), before);
    }

    [Fact]
    public async Task ADatabaseThatAlreadyHasAProcedureIsLeftAsItIs()
    {
        await using var database = await EmptyAsync(DatabaseProvider.Sqlite);
        await using (var setUp = await database.Factory.CreateDbContextAsync())
        {
            var own = new Procedure("Corporate", "Our two-stage procedure", "Local Government and Social Care Ombudsman");
            own.Stages.Add(new ProcedureStage(1) { AcknowledgeWorkingDays = 2, ResponseWorkingDays = 15 });
            setUp.Procedures.Add(own);
            await setUp.SaveChangesAsync();
        }

        var added = await database.Get<FirstStartDefaults>().EnsureAsync();

        Assert.False(added);
        await using var db = await database.Factory.CreateDbContextAsync();
        var procedure = Assert.Single(await db.Procedures.ToListAsync());
        Assert.Equal(("Our two-stage procedure", 1, 15), (procedure.Name, procedure.StageCount, procedure.Stage(1).ResponseWorkingDays));
        Assert.Equal(0, await db.Categories.CountAsync());
    }

    [Fact, Trait(TestToday.Category, TestToday.DateSensitive)]
    public async Task TheDemoDataRunsOnTheDefaultsAddedAtFirstStartAndIsTheSameAsOnAnEmptyDatabase()
    {
        await using var firstStarted = await EmptyAsync(DatabaseProvider.Sqlite);
        await using var untouched = await EmptyAsync(DatabaseProvider.Sqlite);
        await firstStarted.Get<FirstStartDefaults>().EnsureAsync();

        var afterFirstStart = await firstStarted.Get<DemoDataSeeder>().SeedAsync(days: 90);
        var alone = await untouched.Get<DemoDataSeeder>().SeedAsync(days: 90);

        Assert.True(afterFirstStart.Seeded, afterFirstStart.Message);
        Assert.Equal(alone.Contacts, afterFirstStart.Contacts);
        Assert.Equal(await DemoWorldAsync(untouched), await DemoWorldAsync(firstStarted));
        await using var db = await firstStarted.Factory.CreateDbContextAsync();
        Assert.Equal(Timescales(DefaultReferenceData.Procedures()), Timescales(await db.Procedures.AsNoTracking().ToListAsync()));
        Assert.Equal(ReferenceDataCatalogue.Areas.Select(a => (a.Name, a.Procedure)).Order(),
            (await db.ServiceAreas.Select(a => new { a.Name, a.DefaultProcedure!.Code }).ToListAsync()).Select(a => (a.Name, a.Code)).Order());
    }

    [Fact]
    public async Task TheDemoDataIsNotAddedWhereTheDefaultProceduresItUsesAreMissing()
    {
        await using var database = await EmptyAsync(DatabaseProvider.Sqlite);
        await using (var setUp = await database.Factory.CreateDbContextAsync())
        {
            var own = new Procedure("Complaints", "Our one procedure", "Local Government and Social Care Ombudsman");
            own.Stages.Add(new ProcedureStage(1) { AcknowledgeWorkingDays = 5, ResponseWorkingDays = 10 });
            setUp.Procedures.Add(own);
            await setUp.SaveChangesAsync();
        }

        var result = await database.Get<DemoDataSeeder>().SeedAsync(days: 30);

        Assert.False(result.Seeded);
        Assert.Equal("The demo data needs the default procedures Housing, Corporate, InformationRights, which this database does not have, so no demo data was added.", result.Message);
        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal((0, 0, 0), (await db.ServiceAreas.CountAsync(), await db.StaffUsers.CountAsync(), await db.Complaints.CountAsync()));
    }

    /// <summary>A migrated database with nothing in it (the test database adds the letter templates, so they go).</summary>
    private static async Task<TestDatabase> EmptyAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = await database.Factory.CreateDbContextAsync();
        await db.LetterTemplates.ExecuteDeleteAsync();
        return database;
    }

    private static async Task<(int Procedures, int Stages, int Categories, int Templates)> CountsAsync(TestDatabase database)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        return (await db.Procedures.CountAsync(), await db.ProcedureStages.CountAsync(), await db.Categories.CountAsync(), await db.LetterTemplates.CountAsync());
    }

    private static List<string> Timescales(IEnumerable<Procedure> procedures) =>
        procedures.OrderBy(p => p.Code).SelectMany(p => p.Stages.OrderBy(s => s.StageNumber).Select(s =>
                $"{p.Code}|{p.Name}|{p.Ombudsman}|{p.OmbudsmanWebsite}|{p.AllowsInformalResolution}|{s.StageNumber}|{s.AcknowledgeWorkingDays}|{s.ResponseWorkingDays}|{s.ResponseClockStart}|{s.MaxExtensionWorkingDays}|{s.EscalationWindow}|{s.EscalationWindowUnit}"))
            .ToList();

    private static async Task<List<string>> DemoWorldAsync(TestDatabase database)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        var cases = await db.Complaints.OrderBy(c => c.Reference)
            .Select(c => c.Reference + "|" + c.Status + "|" + c.Outcome + "|" + c.NextDueDate + "|" + c.ReceivedAt + "|" + c.Procedure.Code + "|" + c.CategoryId + "|" + c.ServiceArea!.Name)
            .ToListAsync();
        var staff = await db.StaffUsers.OrderBy(s => s.DisplayName).Select(s => s.DisplayName + "|" + s.ServiceAreas.Count).ToListAsync();
        return [.. cases, .. staff];
    }
}
