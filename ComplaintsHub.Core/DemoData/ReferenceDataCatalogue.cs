using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.DemoData;

/// <summary>
/// The demo council's fictional service areas, staff and people. Its procedures and categories are the ones every
/// council starts with (<see cref="Setup.DefaultReferenceData"/>).
/// </summary>
internal static class ReferenceDataCatalogue
{
    public sealed record AreaSeed(string Name, string Code, string Procedure, string Team, string[] Subjects, string? Partner = null);

    public static readonly AreaSeed[] Areas =
    [
        new("Housing", "HSG", "Housing", "Housing Management", ["Repairs", "Damp and mould", "Anti-social behaviour", "Allocations and lettings", "Rent and service charges", "Homelessness"]),
        new("Waste & Recycling", "WST", "Corporate", "Waste Services", ["Missed bin collection", "Garden waste subscription", "Bulky waste", "Fly-tipping", "Assisted collection", "Bin replacement"], "Greenway Environmental Services"),
        new("Planning", "PLN", "Corporate", "Development Management", ["Planning application", "Enforcement", "Building control", "Pre-application advice"]),
        new("Revenues & Benefits", "REV", "Corporate", "Revenues and Benefits", ["Council Tax billing", "Council Tax recovery", "Housing Benefit", "Council Tax Support", "Business rates"], "Shared Revenues Partnership"),
        new("Environmental Health", "ENV", "Corporate", "Environmental Protection", ["Noise nuisance", "Food safety", "Pest control", "Air quality", "Licensing"]),
        new("Parking", "PKG", "Corporate", "Parking Services", ["Penalty charge notice", "Car park maintenance", "Resident permits", "Enforcement officer conduct"]),
        new("Customer Services", "CUS", "Corporate", "Customer Contact Centre", ["Contact centre", "Website and online forms", "Reception", "Freedom of information"]),
    ];

    public sealed record StaffSeed(string Key, string Name, string JobTitle, StaffRole[] Roles, string[] Areas);

    public static readonly StaffSeed[] Staff =
    [
        new("officer-housing", "Priya Shah", "Housing Officer", [StaffRole.Officer], ["Housing"]),
        new("officer-waste", "Tom Bennett", "Customer Liaison Officer", [StaffRole.Officer], ["Waste & Recycling", "Parking"]),
        new("officer-revenues", "Aisha Khan", "Revenues Officer", [StaffRole.Officer], ["Revenues & Benefits", "Customer Services"]),
        new("officer-planning", "Gareth Lewis", "Planning Support Officer", [StaffRole.Officer], ["Planning", "Environmental Health"]),
        new("teamleader-housing", "Sarah Mitchell", "Housing Team Leader", [StaffRole.TeamLeader], ["Housing"]),
        new("teamleader-environment", "David Okafor", "Environment Team Leader", [StaffRole.TeamLeader], ["Waste & Recycling", "Parking", "Environmental Health"]),
        new("teamleader-resources", "Helen Price", "Resources Team Leader", [StaffRole.TeamLeader], ["Revenues & Benefits", "Customer Services", "Planning"]),
        new("head-place", "James Whitfield", "Head of Housing and Planning", [StaffRole.HeadOfService], ["Housing", "Planning"]),
        new("head-environment", "Fiona Campbell", "Head of Environment and Customer Services", [StaffRole.HeadOfService], ["Waste & Recycling", "Parking", "Environmental Health", "Revenues & Benefits", "Customer Services"]),
        new("complaints-admin", "Mark Ellis", "Complaints and Information Manager", [StaffRole.ComplaintsAdmin], []),
        new("portfolio-holder", "Cllr Janet Hughes", "Portfolio Holder for Customer Services", [StaffRole.PortfolioHolder], []),
    ];

    public static readonly string[] FirstNames =
    [
        "Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Jack", "Mia", "Noah", "Emily", "Charlie", "Grace", "Leo", "Sophie", "Arthur", "Freya",
        "Mohammed", "Zara", "Jacob", "Evie", "Alfie", "Poppy", "Thomas", "Ella", "Joshua", "Lily", "William", "Chloe", "Daniel", "Ruby", "Margaret", "Brian",
        "Susan", "Peter", "Janet", "Kevin", "Patricia", "Graham", "Linda", "Stephen", "Hannah", "Rajesh", "Agnieszka", "Tomasz", "Chinedu", "Bethan", "Rhys", "Siobhan",
    ];

    public static readonly string[] LastNames =
    [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green",
        "Hall", "Wood", "Jackson", "Clarke", "Patel", "Khan", "Hughes", "Edwards", "Turner", "Hill", "Moore", "Cooper", "Ward", "Morris", "Nowak", "Okoro",
        "Baker", "Harris", "Lewis", "King", "Allen", "Young", "Scott", "Mitchell", "Carter", "Phillips", "Begum", "Ahmed", "Kowalski", "Murphy", "O'Brien", "Price",
    ];

    public static readonly string[] Streets =
    [
        "High Street", "Station Road", "Church Lane", "Mill Road", "Victoria Road", "The Green", "Manor Way", "Orchard Close", "Queens Avenue", "Park Road",
        "Meadow View", "Chapel Street", "Riverside", "Windsor Drive", "Elm Grove", "Kingsway", "Brook Lane", "School Road", "Farm Close", "Castle Street",
    ];

    public static readonly string[] Towns = ["Ashbury", "Little Ashbury", "Netherford", "Kingsbridge", "Elmstead", "Broadwell"];

    public static readonly string[] PostcodeDistricts = ["AB1", "AB2", "AB3", "AB4", "AB5"];
}
