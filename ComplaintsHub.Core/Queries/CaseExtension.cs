using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Queries;

public sealed record CaseExtension(DateOnly PreviousDue, DateOnly NewDue, int WorkingDays, string Reason, DateTime ComplainantToldAt);
