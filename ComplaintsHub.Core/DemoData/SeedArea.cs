using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.DemoData;

internal sealed record SeedArea(ServiceArea Area, Team Team, ReferenceDataCatalogue.AreaSeed Seed);
