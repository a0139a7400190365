using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Contacts;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Letters;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Tests.Data;

/// <summary>
/// Every default procedure's own letters, merged with a real case at the stage each letter is for and written as the
/// Word document a complainant receives: the text read back from the document, not from the template.
/// </summary>
public class DefaultLettersPerProcedure
{
    public static TheoryData<string> Procedures => new(DefaultLetterTemplates.ProcedureCodes);

    [Theory, MemberData(nameof(Procedures))]
    public async Task EveryLetterIsDatedQuotesTheReferenceGreetsByTitleAndNamesTheRightRouteAndOmbudsman(string procedureCode)
    {
        await using var world = await CaseWorld.CreateAsync();
        var letters = world.Database.Get<LetterService>();
        var admin = world.Staff["Mark Ellis"];
        // As the next start does, now that the demo data has put in the default procedures: each gets its own letters.
        await letters.EnsureDefaultTemplatesAsync();
        int procedureId;
        int areaId;
        await using (var db = await world.Database.Factory.CreateDbContextAsync())
        {
            procedureId = await db.Procedures.Where(p => p.Code == procedureCode).Select(p => p.Id).SingleAsync();
            areaId = await db.ServiceAreas.Where(a => a.Name == "Waste & Recycling").Select(a => a.Id).SingleAsync();
        }

        var logged = await world.Database.Get<ContactLogging>().LogAsync(new ContactLogForm
        {
            ServiceAreaId = areaId, ProcedureId = procedureId, ReceivedDate = new DateTime(2026, 11, 19), ReceivedTime = new TimeSpan(9, 0, 0),
            Description = "Mrs Smith says her assisted collection was missed.",
            Complainant = new ComplainantForm { Title = "Mrs", FirstName = "Grace", LastName = "Smith", Phone = "07700 900456" },
        }, admin);
        var reference = logged.Reference!;
        var stages = procedureCode is "AdultSocialCare" or "InformationRights" ? 1 : 2;
        var ombudsman = procedureCode switch
        {
            "Housing" => "Housing Ombudsman Service",
            "InformationRights" => "Information Commissioner's Office",
            _ => "Local Government and Social Care Ombudsman",
        };

        // Stage 1, before and after acknowledgement; the same case later at Stage 2 for the Stage 2 letters.
        var texts = new Dictionary<LetterType, string>
        {
            [LetterType.Acknowledgement] = await DocumentTextAsync((letters, world.Database.Get<LetterPdfWriter>()), LetterType.Acknowledgement, procedureId, reference, admin),
            [LetterType.Stage1Response] = await DocumentTextAsync((letters, world.Database.Get<LetterPdfWriter>()), LetterType.Stage1Response, procedureId, reference, admin),
            [LetterType.EscalationInformation] = await DocumentTextAsync((letters, world.Database.Get<LetterPdfWriter>()), LetterType.EscalationInformation, procedureId, reference, admin),
            [LetterType.NotAComplaint] = await DocumentTextAsync((letters, world.Database.Get<LetterPdfWriter>()), LetterType.NotAComplaint, procedureId, reference, admin),
        };
        var c = await OpenAsync(world, reference, admin);
        await world.Actions.ApplyAsync(c.Id, c.Version, new AcknowledgeCommand(procedureCode == "AdultSocialCare" ? new DateOnly(2027, 1, 8) : null), admin);
        if (procedureCode != "AdultSocialCare") // its response date is agreed with the complainant, never extended
        {
            c = await OpenAsync(world, reference, admin);
            await world.Actions.ApplyAsync(c.Id, c.Version, new ExtendCommand(5, "We are waiting for the crew's records.", TestToday.Date), admin);
            texts[LetterType.ExtensionNotice] = await DocumentTextAsync((letters, world.Database.Get<LetterPdfWriter>()), LetterType.ExtensionNotice, procedureId, reference, admin);
            Assert.Contains(ombudsman, texts[LetterType.ExtensionNotice]);
        }

        if (stages == 2)
        {
            c = await OpenAsync(world, reference, admin);
            await world.Actions.ApplyAsync(c.Id, c.Version, new RecordResponseCommand(new StageResponse(Outcome.NotUpheld)), world.Staff["David Okafor"]);
            c = await OpenAsync(world, reference, admin);
            await world.Actions.ApplyAsync(c.Id, c.Version, new EscalateCommand(), admin);
            texts[LetterType.Stage2Acknowledgement] = await DocumentTextAsync((letters, world.Database.Get<LetterPdfWriter>()), LetterType.Stage2Acknowledgement, procedureId, reference, admin);
            texts[LetterType.Stage2Response] = await DocumentTextAsync((letters, world.Database.Get<LetterPdfWriter>()), LetterType.Stage2Response, procedureId, reference, admin);
        }

        foreach (var (type, text) in texts)
        {
            Assert.Contains("Date: 20 November 2026", text);
            Assert.Contains($"Our reference: {reference}", text);
            Assert.Contains("Please ask for: Mark Ellis", text);
            Assert.Contains("Telephone: 01632 960000", text);
            Assert.Contains("Dear Mrs Smith", text);
            Assert.Contains("Yours sincerely", text);
            Assert.DoesNotContain("{{", text);
            Assert.DoesNotContain("{%", text);
            Assert.DoesNotContain("Dear Grace", text);
        }

        Assert.Contains(ombudsman, texts[LetterType.EscalationInformation]);
        var finalResponse = texts[stages == 2 ? LetterType.Stage2Response : LetterType.Stage1Response];
        if (procedureCode == "ChildrensSocialCare")
        {
            // Stage 2 of the children's procedure leads to a Review Panel, not yet to the Ombudsman: 20 working days from Friday 20 November 2026.
            Assert.Contains("Stage 3, where an independent Review Panel", finalResponse);
            Assert.Contains("Please ask by 18 December 2026", finalResponse);
        }
        else
        {
            Assert.Contains(ombudsman, finalResponse);
            Assert.Contains(procedureCode == "InformationRights" ? "within 3 months of this letter, that is by 20 February 2027" : "within 12 months", finalResponse);
        }

        if (stages == 2)
        {
            // Stage 1's window is 28 calendar days (corporate, housing) or 20 working days (children's): both end on 18 December 2026.
            Assert.Contains("Please ask by 18 December 2026", texts[LetterType.Stage1Response]);
        }

        if (procedureCode == "Housing")
        {
            Assert.Contains("Complaint Handling Code", texts[LetterType.Stage1Response]);
            Assert.Contains("by 20 November 2027", texts[LetterType.Stage2Response]);
        }
    }

    private static async Task<CaseDetails> OpenAsync(CaseWorld world, string reference, CurrentStaff staff) =>
        Assert.IsType<CaseLookup.Found>(await world.Query.GetAsync(reference, staff)).Case;

    /// <summary>The procedure's current template merged with the case as it is now, written as a Word letter and read back.</summary>
    private static async Task<string> DocumentTextAsync((LetterService Service, LetterPdfWriter Pdf) letters, LetterType type, int procedureId, string reference, CurrentStaff staff)
    {
        var template = await letters.Service.CurrentTemplateAsync(type, procedureId);
        Assert.NotNull(template);
        var (text, problems) = await letters.Service.PreviewAsync(type, template.Body, reference, staff);
        Assert.Empty(problems);
        var bytes = WordLetterWriter.Write(text!, new Letterhead("Ashbury District Council", "Council Offices"), largePrint: false, reference);
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        // The PDF made from the same document says the same: checked on what every letter must carry.
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(await letters.Pdf.WriteAsync(bytes)))
        {
            var pdfText = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            foreach (var carried in new[] { "20 November 2026", reference, "Dear Mrs Smith", $"Page 1 of {pdf.NumberOfPages}" })
            {
                Assert.Contains(string.Join(" ", carried.Split(' ')), pdfText);
            }

            Assert.DoesNotContain("{{", pdfText);
        }

        return string.Join("\n", document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()
            .Select(p => string.Concat(p.Descendants().Select(e => e switch
            {
                DocumentFormat.OpenXml.Wordprocessing.Text t => t.Text,
                DocumentFormat.OpenXml.Wordprocessing.Break => "\n",
                _ => "",
            }))));
    }
}
