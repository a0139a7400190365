using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Refusals;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Contacts;

public sealed record ContactLogChoices(IReadOnlyList<AreaChoice> Areas, IReadOnlyList<(int Id, string Name)> Categories, IReadOnlyList<(int Id, string Name, string Ombudsman)> Procedures);

