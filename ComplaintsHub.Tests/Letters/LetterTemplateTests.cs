using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Letters;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Core.Setup;
using ComplaintsHub.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ComplaintsHub.Tests.Letters;

public class LetterTemplateValidation
{
    [Fact]
    public void AnUnknownFieldIsRefusedWithItsLineAndColumn()
    {
        var problems = LetterTemplateValidator.Validate(LetterType.NotAComplaint, "Our reference {{ case.reference }}\nDear {{ complainant.nmae }}" + EveryLetterCarries);

        Assert.Equal("Line 2, column 9: unknown field \"complainant.nmae\". Use one of the fields listed beside the editor.", Assert.Single(problems).ToString());
    }

    [Fact]
    public void ASyntaxErrorIsRefusedWithWhereItIs()
    {
        var problems = LetterTemplateValidator.Validate(LetterType.NotAComplaint, "{{ case.reference }}\n\n  {% if complainant.representative != \"\" %}\nCopy to your representative");

        Assert.Equal("Line 3, column 3: the \"if\" tag is never closed: add {% endif %}.", Assert.Single(problems).ToString());
    }

    [Fact]
    public void AnUnclosedFieldIsRefusedWithWhereItIs()
    {
        var problems = LetterTemplateValidator.Validate(LetterType.NotAComplaint, "Reference {{ case.reference }}\nDear {{ complainant.salutation\nThank you");

        Assert.Equal("Line 2, column 6: this field is not closed with }}.", Assert.Single(problems).ToString());
    }

    [Fact]
    public void AnUnknownFilterIsRefused()
    {
        var problems = LetterTemplateValidator.Validate(LetterType.NotAComplaint, "{{ case.reference | shout }}");

        Assert.Equal("Line 1, column 21: unknown filter \"shout\".", Assert.Single(problems).ToString());
    }

    [Fact]
    public void AResponseWithoutTheEscalationParagraphIsRefused()
    {
        var text = "{{ response.decision }} {{ response.reasons }} {{ response.remedy }} {{ escalation.deadline }}" + EveryLetterCarries + ResponsesCarry;

        var problems = LetterTemplateValidator.Validate(LetterType.Stage1Response, text);

        Assert.Equal("A Stage 1 response must include the escalation paragraph: add {{ escalation.how }}.", Assert.Single(problems).Message);
    }

    [Fact]
    public void AFinalResponseWithoutTheOmbudsmanIsRefused()
    {
        var problems = LetterTemplateValidator.Validate(LetterType.Stage2Response, "{{ response.decision }} {{ response.reasons }} {{ response.remedy }}" + EveryLetterCarries + ResponsesCarry);

        Assert.Equal("A Stage 2 response must include the Ombudsman paragraph: add {{ ombudsman.name }} and {{ ombudsman.time_limit }}.", Assert.Single(problems).Message);
    }

    [Theory]
    [InlineData(LetterType.NotAComplaint, "the date", "letter.date")]
    [InlineData(LetterType.Acknowledgement, "who to contact", "contact.name")]
    [InlineData(LetterType.ExtensionNotice, "the reference", "case.reference")]
    [InlineData(LetterType.Stage1Response, "the outstanding actions", "response.outstanding_actions")]
    [InlineData(LetterType.Stage2Response, "the decision on each point", "response.points")]
    public void ALetterWithoutWhatEveryLetterOfItsTypeCarriesIsRefused(LetterType type, string section, string field)
    {
        var complete = DefaultLetterTemplates.All[type];
        Assert.Empty(LetterTemplateValidator.Validate(type, complete));

        var problems = LetterTemplateValidator.Validate(type, complete.Replace("{{ " + field + " }}", "").Replace("in " + field + " %}", "in (1..1) %}"));

        Assert.Equal($"A {LetterTemplateValidator.Describe(type)} must include {section}: add {{{{ {field} }}}}.", Assert.Single(problems).Message);
    }

    private const string EveryLetterCarries = "{{ letter.date }} {{ case.reference }} {{ contact.name }} {{ complainant.salutation }}";
    private const string ResponsesCarry = "{{ case.summary }} {% for point in response.points %}{% endfor %}{% for action in response.outstanding_actions %}{% endfor %}";

    [Theory]
    [MemberData(nameof(LetterTypes))]
    public void EveryDefaultTemplateIsValid(LetterType type)
    {
        Assert.Empty(LetterTemplateValidator.Validate(type, DefaultLetterTemplates.All[type]));
    }

    public static TheoryData<LetterType> LetterTypes => new(Enum.GetValues<LetterType>());
}

public class LetterRendering
{
    internal static readonly TimeProvider Clock = TestToday.NewClock();

    public static TheoryData<LetterType, string> EveryTypeForEveryProcedure()
    {
        var data = new TheoryData<LetterType, string>();
        foreach (var type in Enum.GetValues<LetterType>())
        {
            foreach (var procedure in DefaultReferenceData.Procedures()) data.Add(type, procedure.Code);
        }

        return data;
    }

    internal static LetterModel Sample(string procedureCode = "Housing", decimal? redress = 50m, string? representative = null)
    {
        var procedure = DefaultReferenceData.Procedures().Single(p => p.Code == procedureCode);
        return new LetterModel
        {
            CouncilName = "Ashbury District Council", CouncilAddress = "Council Offices, Market Square, Ashbury AB1 1AA", Signatory = "Mark Ellis",
            LetterDate = TestToday.Date, ContactName = "Sarah Mitchell", ContactPhone = "01632 960000", ContactEmail = "complaints@ashbury.gov.uk",
            ComplainantName = "Ms Grace Okonkwo", Salutation = "Dear Ms Okonkwo", ComplainantAddress = "12 Mill Road, Ashbury AB1 2CD", Representative = representative,
            Reference = "CMP-2026-00123", Received = new DateOnly(2026, 11, 16), Stage = 1, ServiceArea = "Housing", Subject = "Repairs",
            WhatYouToldUs = "Your kitchen tap has been leaking since October.", DesiredOutcome = "fix the tap",
            AcknowledgeDue = new DateOnly(2026, 11, 23), ResponseDue = new DateOnly(2026, 12, 7),
            Decision = Outcome.PartlyUpheld, Points = [new LetterPoint("The repair was not done", Outcome.Upheld, "the job was closed without a visit")],
            Reasons = "We found the job was closed in error.", Remedy = "We apologise and have booked the repair.", FinancialRedress = redress,
            OutstandingActions = [new LetterAction("check the repair has lasted", new DateOnly(2027, 1, 15), "Repairs Manager")],
            ExtensionNewDue = new DateOnly(2026, 12, 21), ExtensionReason = "We are waiting for the contractor's records.", EscalationDeadline = new DateOnly(2027, 1, 4),
            EscalationHow = "Reply to this letter quoting your reference.",
            Ombudsman = procedure.Ombudsman, OmbudsmanWebsite = procedure.OmbudsmanWebsite, OmbudsmanTimeLimitMonths = procedure.OmbudsmanTimeLimitMonths,
            OfficerName = "Sarah Mitchell", OfficerJobTitle = "Housing Team Leader",
        };
    }

    [Theory]
    [MemberData(nameof(EveryTypeForEveryProcedure))]
    public void EveryDefaultTemplateMergesForEveryProcedure(LetterType type, string procedureCode)
    {
        // A Stage 2 response here is the last stage's, as it is for every procedure but children's social care.
        var model = type == LetterType.Stage2Response ? Sample(procedureCode) with { EscalationDeadline = null } : Sample(procedureCode);

        foreach (var body in new[] { DefaultLetterTemplates.All[type], DefaultLetterTemplates.For(type, procedureCode) })
        {
            Assert.Empty(LetterTemplateValidator.Validate(type, body));
            var text = LetterRenderer.Render(body, model.ToFields(), Clock);

            Assert.DoesNotContain("{{", text);
            Assert.DoesNotContain("{%", text);
            Assert.Contains("Date: 20 November 2026", text);
            Assert.Contains("Our reference: CMP-2026-00123", text);
            Assert.Contains("Please ask for: Sarah Mitchell", text);
            Assert.Contains("Dear Ms Okonkwo", text);
            if (type is LetterType.Stage2Response or LetterType.EscalationInformation or LetterType.ExtensionNotice)
            {
                Assert.Contains(model.Ombudsman, text);
            }
        }
    }

    [Fact]
    public void EveryDocumentedFieldMerges()
    {
        var template = string.Join("\n", LetterFields.All.Where(f => f.Example != "" && !f.Path.StartsWith("point.") && !f.Path.StartsWith("action."))
            .Select(f => $"{f.Path}={{{{ {f.Path} }}}}"));
        var text = LetterRenderer.Render(template, Sample(redress: 50m, representative: "Citizens Advice Ashbury").ToFields(), Clock);

        foreach (var line in text.Split('\n'))
        {
            var value = line[(line.IndexOf('=') + 1)..];
            Assert.False(string.IsNullOrWhiteSpace(value), $"{line} merged to nothing");
        }

        Assert.Contains("response.financial_redress=£50.00", text);
        Assert.Contains("ombudsman.name=Housing Ombudsman Service", text);
        Assert.Contains("case.received=16 November 2026", text);
    }

    [Fact]
    public void TheStage1ResponseStatesEachPointTheRemedyAndHowToEscalate()
    {
        var text = LetterRenderer.Render(DefaultLetterTemplates.All[LetterType.Stage1Response], Sample().ToFields(), Clock);

        Assert.Contains("- The repair was not done: Upheld. The job was closed without a visit.", text);
        Assert.Contains("Overall, our decision is that your complaint is partly upheld.", text);
        Assert.Contains("We will pay you £50.00.", text);
        Assert.Contains("| What we will do | By | Who |\n| Check the repair has lasted | 15 January 2027 | Repairs Manager |", text);
        Assert.Contains("Please ask by 4 January 2027,", text);
    }

    [Theory]
    [MemberData(nameof(LetterTemplateValidation.LetterTypes), MemberType = typeof(LetterTemplateValidation))]
    public void TheSalutationAndSignOffAreParagraphsOfTheirOwn(LetterType type)
    {
        var blocks = LetterText.Parse(LetterRenderer.Render(DefaultLetterTemplates.All[type], Sample().ToFields(), Clock)).ToList();

        Assert.Contains(blocks, b => b.Kind == LetterBlockKind.Paragraph && b.Lines.SequenceEqual(["Dear Ms Okonkwo"]));
        Assert.Contains(blocks, b => b.Kind == LetterBlockKind.Paragraph && b.Lines.SequenceEqual(["Yours sincerely"]));
    }

    [Fact]
    public void TheReplaceFilterStillReplacesInsideTheSandbox()
    {
        var text = LetterRenderer.Render("{{ case.summary | replace: \"kitchen tap\", \"bathroom tap\" }}", Sample().ToFields(), Clock);

        Assert.Equal("Your bathroom tap has been leaking since October.", text);
    }

    [Fact]
    public void NoRedressMeansNoPaymentSentence()
    {
        var text = LetterRenderer.Render(DefaultLetterTemplates.All[LetterType.Stage1Response], Sample(redress: null).ToFields(), Clock);

        Assert.DoesNotContain("We will pay you", text);
    }
}

public class WordLetters
{
    private static readonly TimeProvider Clock = LetterRendering.Clock;
    private static readonly Letterhead Council = new("Ashbury District Council", "Council Offices, Market Square, Ashbury AB1 1AA");
    private const string Reference = "CMP-2026-00123";

    [Theory]
    [MemberData(nameof(LetterTemplateValidation.LetterTypes), MemberType = typeof(LetterTemplateValidation))]
    public void EveryDefaultLetterIsAValidWordDocumentWithItsText(LetterType type)
    {
        var text = LetterRenderer.Render(DefaultLetterTemplates.All[type], LetterRendering.Sample().ToFields(), Clock);

        var bytes = WordLetterWriter.Write(text, Council, largePrint: false, Reference);

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => e.Description));
        var body = document.MainDocumentPart!.Document.Body!;
        Assert.Contains("CMP-2026-00123", body.InnerText);
        Assert.Contains(body.Descendants<ParagraphStyleId>(), s => s.Val == "Heading1");
        Assert.Contains("Ashbury District Council", document.MainDocumentPart.HeaderParts.Single().Header.InnerText);
        var size = document.MainDocumentPart.Document.Body!.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!;
        Assert.Equal((11906U, 16838U), (size.Width!.Value, size.Height!.Value)); // A4
    }

    [Fact]
    public void TheCouncilsLogoGoesInTheLetterhead()
    {
        // A 2x1 red PNG, made here so the test needs no file.
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEUlEQVR4nGP4z8DwHwyZGBgAOuEH/1R1r6oAAAAASUVORK5CYII=");
        var bytes = WordLetterWriter.Write("# Hello", Council with { Logo = png }, largePrint: false, Reference);

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => e.Description));
        var header = document.MainDocumentPart!.HeaderParts.Single();
        Assert.Equal(png, ReadAll(header.ImageParts.Single().GetStream()));
        var extent = header.Header.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Extent>().Single();
        Assert.Equal((1080000L, 540000L), (extent.Cx!.Value, extent.Cy!.Value)); // 1.5 cm high, twice as wide
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [Fact]
    public void LargePrintLettersUse16PointText()
    {
        var text = LetterRenderer.Render(DefaultLetterTemplates.All[LetterType.Acknowledgement], LetterRendering.Sample().ToFields(), Clock);

        using var standard = WordprocessingDocument.Open(new MemoryStream(WordLetterWriter.Write(text, Council, largePrint: false, Reference)), false);
        using var large = WordprocessingDocument.Open(new MemoryStream(WordLetterWriter.Write(text, Council, largePrint: true, Reference)), false);

        Assert.Equal("24", NormalSize(standard));
        Assert.Equal("32", NormalSize(large));
    }

    [Fact]
    public void AnAddressKeepsItsLinesInOneParagraph()
    {
        var bytes = WordLetterWriter.Write("Grace Okonkwo\n12 Mill Road\nAshbury\n\nDear Ms Okonkwo", Council, largePrint: false, Reference);

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var paragraphs = document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().ToList();
        Assert.Equal(2, paragraphs.Count);
        Assert.Equal(2, paragraphs[0].Descendants<Break>().Count());
    }

    private static string NormalSize(WordprocessingDocument document) =>
        document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Normal").StyleRunProperties!.GetFirstChild<FontSize>()!.Val!;
}

public class LetterSalutation
{
    private static CaseComplainant Person(string? title, string name, string lastName) =>
        new(1, name, null, null, null, null, PreferredContactMethod.Phone, null, false, null, null, false, title, lastName);

    [Fact]
    public void TheGreetingUsesTitleAndSurname() =>
        Assert.Equal("Dear Mrs Smith", LetterService.Salutation(Person("Mrs", "Grace Smith", "Smith"), representative: null));

    [Fact]
    public void WithoutATitleTheGreetingUsesTheFullName() =>
        Assert.Equal("Dear Grace Smith", LetterService.Salutation(Person(null, "Grace Smith", "Smith"), representative: null));

    [Fact]
    public void ARepresentativeWithConsentIsGreetedInstead() =>
        Assert.Equal("Dear Citizens Advice Ashbury", LetterService.Salutation(Person("Mrs", "Grace Smith", "Smith"), representative: "Citizens Advice Ashbury"));

    [Fact]
    public void SirOrMadamOnlyWhenNoOneIsKnown() =>
        Assert.Equal("Dear Sir or Madam", LetterService.Salutation(null, representative: null));
}

public class LetterSentences
{
    [Theory]
    [InlineData("the surveyor's report shows damp", "The surveyor's report shows damp.")]
    [InlineData("We apologise.", "We apologise.")]
    [InlineData("  fit a new extractor fan (kitchen)  ", "Fit a new extractor fan (kitchen).")]
    [InlineData("Is that right?", "Is that right?")]
    [InlineData("", "")]
    public void MergedFreeTextStartsWithACapitalAndEndsAsASentence(string typed, string merged) =>
        Assert.Equal(merged, LetterModel.Sentence(typed));

    [Fact]
    public void AnActionInTheTableKeepsItsWordsWithACapital()
    {
        var fields = LetterRendering.Sample() with { OutstandingActions = [new LetterAction("post-works inspection", new DateOnly(2026, 12, 14), "surveyor")] };

        var text = LetterRenderer.Render(DefaultLetterTemplates.All[LetterType.Stage1Response], fields.ToFields(), LetterRendering.Clock);

        Assert.Contains("| Post-works inspection | 14 December 2026 | Surveyor |", text);
        Assert.DoesNotContain("We will Post-works", text);
    }
}
