using System.Linq.Expressions;

namespace ComplaintsHub.Core.Domain;

/// <summary>
/// What "open" means, written once: the aggregate, the database queries and the pages all ask here, so the lists, the
/// "My work" counts and the case page cannot disagree about which cases still need work.
/// </summary>
public static class CaseFilters
{
    /// <summary>A case is open until it is closed or withdrawn (a responded case is open: it may yet be escalated).</summary>
    public static readonly Expression<Func<CaseStatus, bool>> OpenStatus = status => status != CaseStatus.Closed && status != CaseStatus.Withdrawn;

    /// <summary>The open cases, for database queries.</summary>
    public static readonly Expression<Func<Complaint, bool>> Open = OnStatus(OpenStatus);

    private static readonly Func<CaseStatus, bool> IsOpenStatus = OpenStatus.Compile();

    /// <summary>Whether a case in this status is open, for code holding a status rather than a query.</summary>
    public static bool IsOpen(this CaseStatus status) => IsOpenStatus(status);

    // EF Core inlines an invoked lambda, so the status rule becomes a plain condition on the Status column.
    private static Expression<Func<Complaint, bool>> OnStatus(Expression<Func<CaseStatus, bool>> rule)
    {
        var complaint = Expression.Parameter(typeof(Complaint), "c");
        return Expression.Lambda<Func<Complaint, bool>>(Expression.Invoke(rule, Expression.Property(complaint, nameof(Complaint.Status))), complaint);
    }
}
