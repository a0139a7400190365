using System.Net;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Documents;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Tests.Documents;
using ComplaintsHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Web;

/// <summary>A case document downloads as a file, unchanged, only for those who may see its case.</summary>
public class DocumentDownloads(AppFixture app) : IClassFixture<AppFixture>
{
    /// <summary>Adds <paramref name="content"/> as Mark Ellis (complaints team) to an open housing case (Priya Shah's area) that Tom Bennett neither logged nor holds.</summary>
    private async Task<(int CaseId, Guid DocumentId)> AddToAHousingCaseAsync(string fileName, byte[] content)
    {
        await using var db = await app.Factory.Get<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync();
        var admin = await db.StaffUsers.Include(s => s.Roles).SingleAsync(s => s.DisplayName == DemoStaff.ComplaintsAdmin);
        var staff = new CurrentStaff(admin.Id, admin.DisplayName, admin.Roles.Select(r => r.Role).ToHashSet());
        var outsider = await db.StaffUsers.Where(s => s.DisplayName == "Tom Bennett").Select(s => s.Id).SingleAsync();
        var housingCase = await db.Complaints.Where(c => c.ServiceArea!.Name == "Housing" && c.Status != CaseStatus.Closed && c.LoggedById != outsider && c.AllocatedOfficerId != outsider)
            .OrderBy(c => c.Id).Select(c => new { c.Id, c.Version }).FirstAsync();
        await using var received = await app.Factory.Get<DocumentIntake>().ReceiveAsync(fileName, new MemoryStream(content), null);
        await app.Factory.Get<CaseActions>().ApplyAsync(housingCase.Id, housingCase.Version, new AddDocumentCommand(received, null), staff);
        var row = (await app.Factory.Get<CaseDocuments>().ForCaseAsync(housingCase.Id, staff)).First(d => d.FileName == fileName);
        return (housingCase.Id, row.Id);
    }

    [Fact]
    public async Task ADocumentDownloadsAsAnAttachmentOfItsDetectedTypeWithItsBytesUnchanged()
    {
        var content = SampleFiles.Make(SampleFiles.PdfStart, 300_000, seed: 5);
        var (_, id) = await AddToAHousingCaseAsync("damp survey.pdf", content);
        var client = app.Factory.CreateBrowserLikeClient();
        await client.SignInAsAsync(DemoStaff.Officer);

        var response = await client.GetAsync($"/documents/{id}");

        Assert.Equal((HttpStatusCode.OK, "application/pdf", "attachment", "damp survey.pdf", "nosniff"),
            (response.StatusCode, response.Content.Headers.ContentType!.MediaType, response.Content.Headers.ContentDisposition!.DispositionType,
                response.Content.Headers.ContentDisposition.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName,
                response.Headers.GetValues("X-Content-Type-Options").Single()));
        Assert.Equal(content.Length, response.Content.Headers.ContentLength);
        Assert.Equal(content, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AnOfficerOutsideTheCasesServiceAreasGetsNotFoundAsForAnIdThatDoesNotExist()
    {
        var (_, id) = await AddToAHousingCaseAsync("tenancy.pdf", SampleFiles.Make(SampleFiles.PdfStart, 3_000));
        var outsider = app.Factory.CreateBrowserLikeClient();
        await outsider.SignInAsAsync("Tom Bennett");
        var councillor = app.Factory.CreateBrowserLikeClient();
        await councillor.SignInAsAsync(DemoStaff.PortfolioHolder);

        var guessed = await outsider.GetAsync($"/documents/{id}");
        var missing = await outsider.GetAsync($"/documents/{Guid.NewGuid()}");
        var byCouncillor = await councillor.GetAsync($"/documents/{id}");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (guessed.StatusCode, missing.StatusCode));
        Assert.NotEqual(HttpStatusCode.OK, byCouncillor.StatusCode);
        Assert.DoesNotContain("%PDF", await guessed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ARemovedDocumentIsNotFound()
    {
        var (caseId, id) = await AddToAHousingCaseAsync("wrong case.jpg", SampleFiles.Make(SampleFiles.JpegStart, 3_000));
        await using (var db = await app.Factory.Get<IDbContextFactory<ComplaintsDbContext>>().CreateDbContextAsync())
        {
            var admin = await db.StaffUsers.Include(s => s.Roles).SingleAsync(s => s.DisplayName == DemoStaff.ComplaintsAdmin);
            var version = await db.Complaints.Where(c => c.Id == caseId).Select(c => c.Version).SingleAsync();
            await app.Factory.Get<CaseActions>().ApplyAsync(caseId, version, new RemoveDocumentCommand(id, "Belongs to another case."),
                new CurrentStaff(admin.Id, admin.DisplayName, admin.Roles.Select(r => r.Role).ToHashSet()));
        }

        var client = app.Factory.CreateBrowserLikeClient();
        await client.SignInAsAsync(DemoStaff.ComplaintsAdmin);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/documents/{id}")).StatusCode);
    }
}
