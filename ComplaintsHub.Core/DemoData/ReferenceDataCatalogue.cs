using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.DemoData;

/// <summary>
/// The default procedures (with the Complaint Handling Code's and the statutory social care timescales) and a
/// district council's service areas. Procedures are seeded in every environment that asks for demo data; an admin
/// changes them afterwards as data.
/// </summary>
internal static class ReferenceDataCatalogue
{
    public static IReadOnlyList<Procedure> Procedures()
    {
        static ProcedureStage Stage(int number, int ack, int? response, ClockStart clock, int maxExtension, int? window, EscalationWindowUnit unit = EscalationWindowUnit.CalendarDays) =>
            new(number)
            {
                AcknowledgeWorkingDays = ack,
                ResponseWorkingDays = response,
                ResponseClockStart = clock,
                MaxExtensionWorkingDays = maxExtension,
                EscalationWindow = window,
                EscalationWindowUnit = unit,
            };

        var corporate = new Procedure("Corporate", "Corporate complaints", "Local Government and Social Care Ombudsman")
        {
            OmbudsmanWebsite = "https://www.lgo.org.uk",
            AllowsInformalResolution = true,
        };
        corporate.Stages.AddRange([Stage(1, 5, 10, ClockStart.Acknowledgement, 10, 28), Stage(2, 5, 20, ClockStart.Acknowledgement, 20, null)]);

        var housing = new Procedure("Housing", "Housing (landlord) complaints", "Housing Ombudsman Service")
        {
            OmbudsmanWebsite = "https://www.housing-ombudsman.org.uk",
            AllowsInformalResolution = false,
        };
        housing.Stages.AddRange([Stage(1, 5, 10, ClockStart.Acknowledgement, 10, 28), Stage(2, 5, 20, ClockStart.Acknowledgement, 20, null)]);

        var adults = new Procedure("AdultSocialCare", "Adult social care (statutory)", "Local Government and Social Care Ombudsman")
        {
            OmbudsmanWebsite = "https://www.lgo.org.uk",
        };
        adults.Stages.Add(Stage(1, 3, null, ClockStart.Acknowledgement, 0, null));

        var children = new Procedure("ChildrensSocialCare", "Children's social care (statutory)", "Local Government and Social Care Ombudsman")
        {
            OmbudsmanWebsite = "https://www.lgo.org.uk",
            AllowsInformalResolution = true,
        };
        children.Stages.AddRange([
            Stage(1, 3, 10, ClockStart.Receipt, 10, 20, EscalationWindowUnit.WorkingDays),
            Stage(2, 5, 25, ClockStart.Receipt, 40, 20, EscalationWindowUnit.WorkingDays),
            Stage(3, 5, 30, ClockStart.Receipt, 0, null),
        ]);

        var information = new Procedure("InformationRights", "Information rights (internal review)", "Information Commissioner's Office")
        {
            OmbudsmanWebsite = "https://ico.org.uk",
        };
        information.Stages.Add(Stage(1, 5, 20, ClockStart.Receipt, 20, null));

        return [corporate, housing, adults, children, information];
    }

    public static readonly string[] Categories =
    [
        "Delay", "Staff conduct", "Quality of service", "Failure to act", "Policy or decision", "Communication", "Missed or failed service", "Charges and fees",
    ];

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
