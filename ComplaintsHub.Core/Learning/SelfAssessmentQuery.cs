using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Reports;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Learning;

/// <summary>The self-assessment against each Ombudsman's Complaint Handling Code, year by year: for the complaints team, who keep it.</summary>
public sealed class SelfAssessmentQuery(IDbContextFactory<ComplaintsDbContext> dbFactory, TimeProvider clock)
{
    public IReadOnlyList<int> Years() => ReportingYears.Offered(UkTime.Today(clock));

    public async Task<SelfAssessmentView> GetAsync(int financialYearStart, OmbudsmanScheme scheme, CurrentStaff staff, CancellationToken cancellationToken = default)
    {
        staff.Require(StaffRole.ComplaintsAdmin, "see the Code self-assessment");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await ViewAsync(db, financialYearStart, scheme, cancellationToken);
    }

    /// <summary>Also read by the annual report, which checks the person itself.</summary>
    internal static async Task<SelfAssessmentView> ViewAsync(ComplaintsDbContext db, int financialYearStart, OmbudsmanScheme scheme, CancellationToken cancellationToken)
    {
        var answers = db.SelfAssessmentAnswers.AsNoTracking().Where(a => a.FinancialYearStart == financialYearStart);
        var rows = await db.CodeProvisions.AsNoTracking()
            .Where(p => p.Scheme == scheme && (p.IsActive || answers.Any(a => a.CodeProvisionId == p.Id)))
            .OrderBy(p => p.Position).ThenBy(p => p.Id)
            .Select(p => new
            {
                p.Id, p.Reference, p.Section, p.Requirement, p.IsActive, p.Version,
                Answer = answers.Where(a => a.CodeProvisionId == p.Id)
                    .Select(a => new SelfAssessmentAnswerRow(a.Compliance, a.Evidence, a.Action, a.CarriedForward, a.UpdatedByName, a.UpdatedAt, a.Version)).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var unanswered = rows.Where(r => r.Answer is null && r.IsActive).Select(r => r.Id).ToList();
        var canCarry = await db.SelfAssessmentAnswers.CountAsync(a => a.FinancialYearStart == financialYearStart - 1 && unanswered.Contains(a.CodeProvisionId), cancellationToken);
        return new SelfAssessmentView(financialYearStart, scheme,
            [.. rows.Select(r => new SelfAssessmentRow(r.Id, r.Reference, r.Section, r.Requirement, r.IsActive, r.Version, r.Answer))], canCarry);
    }
}
