using System.Globalization;
using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Learning;
using ComplaintsHub.Core.Reports;
using ComplaintsHub.Core.Word;

namespace ComplaintsHub.Core.AnnualReporting;

/// <summary>
/// Writes the annual complaints performance and service improvement report (Complaint Handling Code section 8) as a Word
/// document. Every table of figures is one of the dashboard's <see cref="KpiTable"/>s, printed cell for cell, and carries
/// the table's key as its caption property, so the report can be read back and checked against the dashboard.
/// </summary>
public static class AnnualReportWord
{
    public const string ContentType = WordDocumentBuilder.ContentType;
    /// <summary>Caption keys of the report's own tables (the dashboard's tables carry their own keys).</summary>
    public const string FourYearTable = "annual-four-years";
    public const string OmbudsmanComparisonTable = "annual-ombudsman";
    public const string SelfAssessmentTable = "annual-self-assessment";
    public const string SpotCheckTable = "annual-spot-checks";
    public const string ImprovementTable = "annual-improvements";
    public const string LessonThemesTable = "annual-lesson-themes";
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The dashboard's tables the report prints, in its order, under the section each belongs to.</summary>
    private static readonly string[] StageAndAreaTables =
        [KpiTables.ReceivedByMonth, KpiTables.ReceivedByTimescale, KpiTables.WithinByArea, KpiTables.Timescales, KpiTables.Outcomes, KpiTables.Categories, KpiTables.ReceivedBySubject];

    public static string FileName(int financialYearStart, KpiAudience audience, int? version, string extension) =>
        $"annual-complaints-report-{financialYearStart}-{(financialYearStart + 1) % 100:00}{(audience == KpiAudience.Councillor ? "-councillors" : "")}{(version is { } v ? $"-v{v}" : "-draft")}.{extension}";

    public static byte[] Write(AnnualReportContent content) =>
        WordDocumentBuilder.Write(Title(content), content.Council, word => new Writer(word, content).WriteAll());

    private static string Title(AnnualReportContent content) => $"Annual complaints performance and service improvement report {content.Year.YearLabel}";

    private sealed class Writer(WordDocumentBuilder word, AnnualReportContent content)
    {
        private uint _drawings;
        private int _section;

        public void WriteAll()
        {
            Opening();
            YearInFigures();
            StagesAndAreas();
            NotComplaints();
            Ombudsmen();
            SelfAssessment();
            NonCompliance();
            Improvements();
            Learning();
            SpotChecks();
            Response();
        }

        private void Opening()
        {
            Paragraph(content.Council, "Subtitle");
            Paragraph(Title(content), "Title");
            Paragraph($"{content.Year.LongLabel}. Figures as at {content.AsAt:d MMMM yyyy}; produced {UkTime.DateOf(content.ProducedAt):d MMMM yyyy} from ComplaintsHub"
                      + (content.VersionNumber is { } v ? $", published version {v}." : ", draft (not published)."));
            if (content.ForCouncillors)
            {
                Paragraph("Councillors' copy. It contains figures only: no case's details. A count from 1 to 4 that could identify someone is shown as \"<5\", "
                          + "and a figure from which such a count could be worked out as \"[c]\", as on the councillors' dashboard.");
            }

            Heading("Introduction");
            Paragraph($"This report sets out how {content.Council} handled complaints in {content.Year.YearLabel}, as section 8 of the Ombudsmen's Complaint Handling "
                      + "Codes requires: the council's self-assessment against each Code, its performance by stage and service area with the trend over four years, "
                      + "the contacts it did not treat as complaints, where it fell short, what it changed as a result, what it learnt, and each Ombudsman's figures "
                      + "for the council. Every figure is defined in the council's KPI definitions and is the same figure the complaints dashboard shows for the year.");
        }

        private void YearInFigures()
        {
            Heading("The year in figures");
            KpiTable(KpiTables.Headline);
            var years = content.FourYears;
            // The charts plot the cells as the table prints them: a figure withheld from councillors is a gap, not a bar.
            word.Body.Append(WordChart.Column(word.Main, ++_drawings, "Complaints received, by year", "Column chart of Stage 1 and Stage 2 complaints received in each of the four years; the figures are in the table below.",
                [.. years.Select(y => y.Year)],
                [("Stage 1", [.. years.Select(y => y.Stage1Received.Value)]), ("Stage 2", [.. years.Select(y => y.Stage2Received.Value)])]));
            word.Body.Append(WordChart.Column(word.Main, ++_drawings, "Responses within timescale, by year", "Column chart of the share of responses sent within timescale in each of the four years; the figures are in the table below.",
                [.. years.Select(y => y.Year)], [("Within timescale", [.. years.Select(y => y.WithinTimescale.Value)])], "0%", maximum: 1));
            Table(FourYearTable, "Four-year trend", ["Financial year", "Stage 1 received", "Stage 2 received", "Responses within timescale", "Ombudsman decisions"],
                years.Select(y => Row(y.Year, y.Stage1Received.Text, y.Stage2Received.Text, y.WithinTimescale.Text, y.OmbudsmanDecisions.Text)));
        }

        private void StagesAndAreas()
        {
            Heading("Complaints by stage and service area");
            foreach (var key in StageAndAreaTables) KpiTable(key);
            KpiTable(KpiTables.HousingMeasures);
        }

        private void NotComplaints()
        {
            Heading("Contacts not treated as complaints");
            Paragraph("Not every contact is a complaint. Each contact is classified when it is logged; those below were dealt with as something else, for the reason given.");
            Bullet("Service request: a request for a service, or to put something right for the first time, passed to the service to do.");
            Bullet("General enquiry: a request for information or advice, answered.");
            Bullet("Comment or compliment: feedback that asks for nothing to be put right, passed to the service.");
            Bullet("Member enquiry: raised by a councillor on a resident's behalf, answered under the member enquiry process.");
            Paragraph("A contact first logged as a service request is treated as a complaint as soon as the person is dissatisfied with the response and wants to complain.");
            KpiTable(KpiTables.Contacts);
        }

        private void Ombudsmen()
        {
            Heading("The Ombudsmen");
            KpiTable(KpiTables.Ombudsman);
            foreach (var scheme in content.Ombudsmen)
            {
                Subheading($"{scheme.Scheme.Describe()}: annual figures");
                if (scheme.Entered is null) Paragraph($"The {scheme.Scheme.Describe()}'s figures for {content.Year.YearLabel} have not been entered yet; ComplaintsHub's own records are shown.");
                Table($"{OmbudsmanComparisonTable}-{scheme.Scheme}", $"{scheme.Scheme.Describe()} figures beside the council's records", ["Measure", "Ombudsman's letter", "Council's records"],
                    OmbudsmanComparisonLines.For(scheme, content.ForCouncillors).Select(l => Row(l.Measure, l.Letter ?? "Not entered", l.Differs ? $"{l.Recorded} (differs)" : l.Recorded)));
            }
        }

        private void SelfAssessment()
        {
            Heading("Self-assessment against the Complaint Handling Codes");
            foreach (var view in content.SelfAssessments)
            {
                Subheading($"The {view.Scheme.Describe()}'s Code");
                Paragraph($"{view.Count(CodeCompliance.Complies)} provisions met, {view.Count(CodeCompliance.Partly)} partly met, {view.Count(CodeCompliance.DoesNotComply)} not met"
                          + (view.ToReview + view.Unanswered > 0 ? $"; {view.ToReview + view.Unanswered} not yet assessed for {content.Year.YearLabel}." : "."));
                Table($"{SelfAssessmentTable}-{view.Scheme}", $"Self-assessment: {view.Scheme.Describe()}'s Code", ["Provision", "Requirement", "Assessment", "Evidence and action"],
                    view.Rows.Select(r => Row(r.Reference, r.Requirement, Assessment(r.Answer),
                        r.Answer is { CarriedForward: false } a ? a.Evidence + (a.Action is null ? "" : $" Action: {a.Action}") : "")));
            }
        }

        private void NonCompliance()
        {
            Heading("Findings of non-compliance");
            var shortfalls = content.SelfAssessments.SelectMany(v => v.Rows.Where(r => r.Answer is { CarriedForward: false, Compliance: not CodeCompliance.Complies })
                .Select(r => (v.Scheme, Row: r))).ToList();
            if (shortfalls.Count == 0) Paragraph("The self-assessment found no provision of either Code that the council does not meet in full.");
            foreach (var (scheme, row) in shortfalls)
            {
                Bullet($"{scheme.Describe()}'s Code {row.Reference} ({row.Answer!.Compliance.Describe().ToLowerInvariant()}): {row.Answer.Evidence} Action: {row.Answer.Action}");
            }

            var upheld = content.Ombudsmen.Sum(o => o.Recorded.Upheld);
            Paragraph($"Complaints decided in the year in which the Ombudsmen found fault: {KpiCell.Count(upheld, content.ForCouncillors).Text} (the Ombudsman table above).");
            var failings = content.SpotCheckFailings.Where(f => f.No > 0).ToList();
            if (failings.Count > 0)
            {
                Paragraph("The heads of service's spot checks found, across the year's checks:");
                foreach (var failing in failings) Bullet($"{failing.Question.ShortLabel()}: answered no in {failing.No} {(failing.No == 1 ? "check" : "checks")}.");
            }
        }

        private void Improvements()
        {
            Heading("Service improvements");
            KpiTable(KpiTables.ImprovementActions);
            if (content.Improvements.Count == 0)
            {
                Paragraph("No service improvement action was raised or open in the year.");
                return;
            }

            Table(ImprovementTable, "Service improvement actions raised or open in the year", ["Improvement", "Service area", "Status", "Due or ended"],
                content.Improvements.Select(a => Row(a.Theme, a.ServiceArea, a.Overdue ? $"{a.Status.Describe()} (overdue)" : a.Status.Describe(),
                    (a.EndedOn ?? a.DueDate).ToString("d MMM yyyy", Uk))));
        }

        private void Learning()
        {
            Heading("Learning from complaints");
            if (content.LessonThemes.Count == 0)
            {
                Paragraph("No response upheld a complaint, and no Ombudsman found fault, in the year.");
            }
            else
            {
                Table(LessonThemesTable, "Where complaints were upheld or the Ombudsman found fault", ["Service area", "Category", "Upheld", "Partly upheld", "Ombudsman fault"],
                    content.LessonThemes.OrderByDescending(t => t.Total).Select(t => Row(t.ServiceArea, t.Category ?? "None recorded",
                        KpiCell.Count(t.Upheld, content.ForCouncillors).Text, KpiCell.Count(t.PartlyUpheld, content.ForCouncillors).Text, KpiCell.Count(t.OmbudsmanFault, content.ForCouncillors).Text)));
            }

            if (content.ForCouncillors || content.Lessons.Count == 0) return;
            Subheading("What the responses said went wrong, and what was learnt");
            foreach (var lesson in content.Lessons)
            {
                Bullet($"{lesson.Reference}, {lesson.ServiceArea}: {lesson.RootCause ?? "no root cause recorded"}. Lesson: {lesson.Lesson ?? "none recorded"}.");
            }
        }

        private void SpotChecks()
        {
            Heading("Spot checks by heads of service");
            if (content.SpotChecks.Count == 0)
            {
                Paragraph("No quarter of the year has ended yet, so no spot check is due.");
                return;
            }

            Table(SpotCheckTable, "Spot checks by quarter", ["Quarter", "Cases drawn", "Checked", "Found a failing"],
                content.SpotChecks.Select(q => Row(q.Quarter, q.Drawn.ToString("N0", Uk), q.Checked.ToString("N0", Uk), q.FoundFailings.ToString("N0", Uk))));
        }

        private void Response()
        {
            Heading("The governing body's response");
            Paragraph(content.GoverningBodyResponse ?? "To be added once the governing body has considered this report. The report is published on the council's "
                      + "website with the governing body's response alongside it.");
        }

        private static string Assessment(SelfAssessmentAnswerRow? answer) => answer switch
        {
            null => "Not assessed",
            { CarriedForward: true } => "Not yet reviewed for this year",
            _ => answer.Compliance.Describe(),
        };

        private void Heading(string text) => Paragraph($"{++_section}. {text}", "Heading1");

        private void Subheading(string text) => Paragraph(text, "Heading2");

        private void Bullet(string text) => word.Bullet(text);

        private void Paragraph(string text, string? style = null) => word.Paragraph(text, style);

        private void KpiTable(string key)
        {
            if (content.Table(key) is not { } table) return;
            Table(table.Key, table.Title, [.. table.LabelColumns, .. table.ValueColumns],
                table.Rows.Select(r => (Cells: (IReadOnlyList<string>)[.. r.Labels, .. r.Cells.Select(c => c.Text)], Bold: r.IsTotal)), table.Description);
        }

        private static (IReadOnlyList<string> Cells, bool Bold) Row(params string[] cells) => (cells, false);

        private void Table(string key, string title, IReadOnlyList<string> headings, IEnumerable<(IReadOnlyList<string> Cells, bool Bold)> rows, string? description = null) =>
            word.Table(key, title, headings, rows, description);
    }
}
