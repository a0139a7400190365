using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Learning;

/// <summary>What a command works on: the action as loaded, the context it was loaded on, who is acting, when, and today in the UK.</summary>
internal sealed record ImprovementActionChange(ImprovementAction Action, ComplaintsDbContext Db, CurrentStaff Staff, DateTime At, DateOnly Today)
{
    public Actor By => Staff.Actor;
}
