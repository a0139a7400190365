using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Refusals;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Contacts;

public sealed record AreaChoice(int Id, string Name, int DefaultProcedureId, string? SharedServicePartner, IReadOnlyList<(int Id, string Name)> Subjects);
