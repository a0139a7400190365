using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ComplaintsHub.Core.DemoData;

internal sealed record SeedArea(ServiceArea Area, Team Team, ReferenceDataCatalogue.AreaSeed Seed);
