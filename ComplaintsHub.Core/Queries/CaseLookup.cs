using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Queries;

public abstract record CaseLookup
{
    public sealed record Found(CaseDetails Case) : CaseLookup;
    public sealed record NotFound : CaseLookup;
    public sealed record NoAccess(string Reason) : CaseLookup;
}
