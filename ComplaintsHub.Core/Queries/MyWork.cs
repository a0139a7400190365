using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Queries;

public sealed record MyWork(IReadOnlyList<MyCaseRow> Cases, int OnTrack, int DueSoon, int Overdue, int UnallocatedInMyAreas);
