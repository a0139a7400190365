using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Benchmarks;

/// <summary>
/// Complainants as a council's records hold them: common UK surnames far more often than rare ones (weights falling with
/// rank, as real surname counts do), first names with titles, house-number-and-street addresses in a few towns with
/// UK-shaped postcodes, mobile and landline numbers typed in the several ways callers give them, and first.last emails.
/// Embedded lists, no downloads; the same seed gives the same people on SQLite and PostgreSQL.
/// </summary>
internal sealed class BenchmarkPeople(Random random)
{
    // In rough order of frequency in England and Wales; Hughes and Hughes-Smith are there so a search for "Hugh" finds both.
    private static readonly string[] Surnames =
    [
        "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker",
        "White", "Edwards", "Hughes", "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward",
        "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen", "James", "Scott", "Phillips", "Watson", "Davis", "Parker", "Price",
        "Bennett", "Young", "Griffiths", "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Miller", "Cox",
        "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh", "Begum", "Wilkinson", "Foster", "Chapman", "Powell", "Webb", "Rogers",
        "Gray", "Mason", "Ali", "Hunt", "Hussain", "Campbell", "Matthews", "Owen", "Palmer", "Holmes", "Mills", "Barnes", "Knight", "Lloyd", "Butler", "Russell",
        "Barker", "Fisher", "Stevens", "Jenkins", "Murray", "Dixon", "Harvey", "Graham", "Pearson", "Ahmed", "Fletcher", "Walsh", "Kaur", "Gibson", "Howard",
        "Andrews", "Stewart", "Elliott", "Reynolds", "Saunders", "Payne", "Fox", "Ford", "Pearce", "Day", "Brooks", "West", "Lawrence", "Cole", "Atkinson",
        "Bradley", "Spencer", "Gill", "Dawson", "Ball", "Burton", "O'Brien", "Watts", "Rose", "Booth", "Perry", "Ryan", "Grant", "Wells", "Armstrong", "Francis",
        "Rees", "Hayes", "Hart", "Hudson", "Newman", "Barrett", "Webster", "Hunter", "Gregory", "Carr", "Lowe", "Page", "Marsh", "Riley", "Dunn", "Woods",
        "Parsons", "Berry", "Stone", "Reid", "Holland", "Hawkins", "Harding", "Porter", "Robertson", "Newton", "Oliver", "Reed", "Kennedy", "Williamson", "Bird",
        "Gardner", "Shah", "Dean", "Lane", "Cooke", "Bates", "Henderson", "Parry", "Burgess", "Bishop", "Walton", "Burns", "Nicholson", "Shepherd", "Ross",
        "Cross", "Long", "Freeman", "Warren", "Nicholls", "Hamilton", "Byrne", "Sutton", "McDonald", "Yates", "Hodgson", "Robson", "Curtis", "Hopkins", "O'Connor",
        "Harper", "Coleman", "Watkins", "Moss", "McCarthy", "Chambers", "O'Neill", "Griffin", "Sharp", "Hardy", "Wheeler", "Potter", "Osborne", "Johnston",
        "Gordon", "Doyle", "Wallace", "George", "Jordan", "Hutchinson", "Rowe", "Burke", "May", "Pritchard", "Gilbert", "Willis", "Higgins", "Read", "Miles",
        "Stevenson", "Stephenson", "Hammond", "Arnold", "Buckley", "Walters", "Hewitt", "Barber", "Nelson", "Slater", "Austin", "Sullivan", "Whitehead", "Mann",
        "Frost", "Lambert", "Stephens", "Blake", "Akhtar", "Lynch", "Goodwin", "Barton", "Woodward", "Thomson", "Cunningham", "Quinn", "Barnett", "Baxter",
        "Bibi", "Clayton", "Nash", "Greenwood", "Jennings", "Holt", "Kemp", "Poole", "Gallagher", "Bond", "Stokes", "Tucker", "Davidson", "Fowler", "Heath",
        "Norman", "Middleton", "Lawson", "Banks", "French", "Stanley", "Jarvis", "Gibbs", "Ferguson", "Hayward", "Carroll", "Douglas", "Dickinson", "Todd",
        "Barlow", "Peters", "Lucas", "Knowles", "Hartley", "Miah", "Simmons", "Morton", "Alexander", "Field", "Morrison", "Norris", "Townsend", "Preston",
        "Hancock", "Thornton", "Baldwin", "Burrows", "Briggs", "Storey", "Pugh", "Hughes-Smith", "Hughson", "Hugill", "Nowak", "Kowalski", "Okafor", "Mensah",
        "Adeyemi", "Nguyen", "Chen", "Wong", "Da Silva", "Costa", "Popescu", "Ionescu", "Rahman", "Islam", "Uddin", "Choudhury", "Sharma", "Mistry", "Chauhan",
        "Lamb", "Whittaker", "Pickering", "Dodd", "Ashworth", "Sykes", "Holden", "Brennan", "Ingram", "Pollard", "Winter", "Summers", "Haynes", "Parkinson",
        "Rhodes", "Kirk", "Little", "Howe", "Bryant", "Sanderson", "Steele", "Vaughan", "Hale", "Fitzgerald", "Skinner", "Connolly", "Tomlinson", "Benson",
        "Glover", "Welch", "Copeland", "Finch", "Heaton", "Hargreaves", "Rowley", "Sherwood", "Tate", "Kirby", "Wade", "Bolton", "Crossley", "Lord", "Emery",
        "Moran", "Nolan", "Pike", "Rowland", "Sheppard", "Trevor", "Upton", "Vickers", "Wall", "Yeo", "Zaman",
    ];

    private static readonly (string Name, bool Female)[] FirstNames =
    [
        ("Margaret", true), ("Susan", true), ("Sarah", true), ("Julie", true), ("Karen", true), ("Linda", true), ("Elizabeth", true), ("Patricia", true),
        ("Christine", true), ("Helen", true), ("Claire", true), ("Emma", true), ("Lisa", true), ("Nicola", true), ("Michelle", true), ("Jennifer", true),
        ("Joanne", true), ("Rachel", true), ("Laura", true), ("Amanda", true), ("Jacqueline", true), ("Barbara", true), ("Jean", true), ("Janet", true),
        ("Sandra", true), ("Angela", true), ("Gillian", true), ("Pauline", true), ("Deborah", true), ("Catherine", true), ("Anne", true), ("Mary", true),
        ("Jessica", true), ("Sophie", true), ("Charlotte", true), ("Hannah", true), ("Amy", true), ("Rebecca", true), ("Lauren", true), ("Chloe", true),
        ("Olivia", true), ("Amelia", true), ("Emily", true), ("Grace", true), ("Megan", true), ("Zoe", true), ("Fatima", true), ("Aisha", true),
        ("Priya", true), ("Amina", true), ("Agnieszka", true), ("Maria", true), ("Ana", true), ("Shirley", true), ("Doreen", true), ("Sheila", true),
        ("Brenda", true), ("Valerie", true), ("Maureen", true), ("Carol", true), ("Kathleen", true), ("Dorothy", true), ("Joan", true), ("Irene", true),
        ("David", false), ("John", false), ("Michael", false), ("Paul", false), ("Andrew", false), ("Mark", false), ("James", false), ("Richard", false),
        ("Peter", false), ("Robert", false), ("Stephen", false), ("Christopher", false), ("Ian", false), ("Gary", false), ("Steven", false), ("Alan", false),
        ("Simon", false), ("Martin", false), ("Anthony", false), ("Kevin", false), ("Thomas", false), ("Daniel", false), ("Matthew", false), ("Lee", false),
        ("Darren", false), ("Neil", false), ("Graham", false), ("Keith", false), ("Brian", false), ("Colin", false), ("Philip", false), ("Stuart", false),
        ("Jason", false), ("Craig", false), ("Adam", false), ("Jonathan", false), ("Nicholas", false), ("Kieran", false), ("Ryan", false), ("Luke", false),
        ("Jack", false), ("Oliver", false), ("Harry", false), ("George", false), ("Charlie", false), ("Joshua", false), ("Samuel", false), ("William", false),
        ("Mohammed", false), ("Ahmed", false), ("Imran", false), ("Tariq", false), ("Rajesh", false), ("Sanjay", false), ("Tomasz", false), ("Piotr", false),
        ("Kwame", false), ("Chinedu", false), ("Derek", false), ("Trevor", false), ("Roy", false), ("Kenneth", false), ("Raymond", false), ("Terence", false),
        ("Dennis", false), ("Barry", false), ("Malcolm", false), ("Geoffrey", false), ("Gordon", false), ("Frank", false), ("Arthur", false), ("Leslie", false),
    ];

    public static readonly string[] Streets =
    [
        "High Street", "Station Road", "Church Lane", "Victoria Road", "Green Lane", "Manor Road", "Park Road", "Queens Road", "New Road", "Mill Lane",
        "School Lane", "Kings Road", "The Crescent", "Grange Road", "Springfield Road", "Orchard Close", "Alexandra Road", "North Street", "London Road",
        "Windsor Road", "Chestnut Avenue", "Elm Grove", "Beech Drive", "Oak Tree Close", "Willow Way", "Meadow View", "Brook Street", "Castle Street",
        "Market Place", "Chapel Street", "Albert Road", "York Road", "Ashbury Road", "Riverside Walk", "Hillside Avenue", "Priory Close", "Abbey Road",
        "Bridge Street", "Cromwell Road", "Nelson Street", "Wellington Road", "Trinity Street", "Southfield Road", "Westfield Avenue", "Eastgate",
        "Foxglove Close", "Heather Drive", "Lavender Court", "Rowan Way", "Sycamore Road", "Hawthorn Crescent", "Poplar Grove", "Cedar Court", "Larch Close",
        "Fairview Road", "Highfield Road", "Moorland Way", "Newlands Avenue", "Thornbury Road", "Whitfield Court",
    ];

    private static readonly (string Town, string Area)[] Towns =
    [
        ("Ashbury", "AB"), ("Ashbury", "AB"), ("Ashbury", "AB"), ("Kingsmere", "KM"), ("Little Wenlow", "AB"), ("Thornfield", "TF"), ("Hollowell", "HW"),
        ("Brackenford", "BF"), ("Eastwick", "AB"), ("Marlow Green", "KM"), ("Stanmoor", "TF"), ("Upper Hadley", "HW"),
    ];

    private static readonly (string Domain, int Weight)[] Domains =
        [("gmail.com", 30), ("hotmail.co.uk", 20), ("outlook.com", 12), ("yahoo.co.uk", 10), ("btinternet.com", 8), ("icloud.com", 8), ("live.co.uk", 6), ("sky.com", 6)];

    // The inward code's letters leave out C, I, K, M, O and V, as Royal Mail's do.
    private const string InwardLetters = "ABDEFGHJLNPQRSTUWXYZ";

    private static readonly string[] Columns =
        ["Id", "Title", "FirstName", "LastName", "AddressLine1", "AddressLine2", "Town", "Postcode", "Phone", "PhoneDigits", "Email", "PreferredContactMethod",
         "ReasonableAdjustments", "NeedsLargePrint", "RepresentativeName", "RepresentativeContact", "ConsentToShareWithRepresentative", "Version"];

    // Smith about 1.6% of people and Hughes about 0.9%, near their shares among the commonest names; a rare double-barrelled name.
    private readonly double[] _surnameWeights = Cumulative(Surnames.Length, rank => rank == Array.IndexOf(Surnames, "Hughes-Smith") ? 0.0015 : 1.0 / (rank + 20));
    private readonly double[] _firstNameWeights = Cumulative(FirstNames.Length, rank => 1.0 / Math.Pow((rank % 64) + 1, 0.6));

    /// <summary>Writes <paramref name="count"/> complainants with ids 1..count.</summary>
    public async Task InsertAsync(IBulkWriter writer, int count)
    {
        var rows = new List<object?[]>(10_000);
        for (var id = 1; id <= count; id++)
        {
            rows.Add(Next(id));
            if (rows.Count == 10_000)
            {
                await writer.WriteAsync("Complainants", Columns, rows);
                rows.Clear();
            }
        }

        if (rows.Count > 0) await writer.WriteAsync("Complainants", Columns, rows);
    }

    private object?[] Next(int id)
    {
        var surname = Surnames[Pick(_surnameWeights)];
        var (first, female) = FirstNames[Pick(_firstNameWeights)];
        var title = random.NextDouble() switch
        {
            < 0.02 => "Dr",
            < 0.04 => "Mx",
            < 0.12 => null,
            _ => female ? (random.NextDouble() < 0.6 ? "Mrs" : random.NextDouble() < 0.5 ? "Ms" : "Miss") : "Mr",
        };
        var (town, area) = Towns[random.Next(Towns.Length)];
        var house = random.NextDouble() < 0.15 ? $"Flat {random.Next(1, 40)}, {Streets[random.Next(Streets.Length)].Split(' ')[0]} House" : $"{random.Next(1, 220)} {Streets[random.Next(Streets.Length)]}";
        string? line2 = random.NextDouble() < 0.3 ? Streets[random.Next(Streets.Length)].Split(' ')[0] + (random.NextDouble() < 0.5 ? " Estate" : " Park") : null;
        var postcode = ContactDetails.NormalisePostcode($"{area}{random.Next(1, 20)} {random.Next(1, 10)}{InwardLetters[random.Next(InwardLetters.Length)]}{InwardLetters[random.Next(InwardLetters.Length)]}");
        var phone = random.NextDouble() < 0.9 ? Phone() : null;
        var email = random.NextDouble() < 0.8 ? Email(first, surname) : null;
        var preferred = email is not null && random.NextDouble() < 0.5 ? "Email" : phone is not null ? "Phone" : "Letter";
        var adjustments = random.NextDouble() < 0.03 ? "Large print letters; please allow extra time on calls." : null;
        var represented = random.NextDouble() < 0.02;
        var representative = represented ? (random.NextDouble() < 0.5 ? $"Cllr {FirstNames[random.Next(FirstNames.Length)].Name} {Surnames[random.Next(60)]}" : $"{FirstNames[random.Next(FirstNames.Length)].Name} {Surnames[random.Next(60)]} (Citizens Advice Ashbury)") : null;
        return [id, title, first, surname, house, line2, town, postcode, phone, ContactDetails.Digits(phone), email, preferred, adjustments, adjustments is not null,
            representative, represented ? "advice@citizensadvice-ashbury.example" : null, represented, Guid.NewGuid()];
    }

    /// <summary>An 07 mobile or an 01 landline, written as callers give them: spaced, run together, with +44, with brackets.</summary>
    private string Phone()
    {
        var mobile = random.NextDouble() < 0.65;
        var national = mobile ? $"07{random.Next(100, 1000)}{random.Next(100000, 1000000)}" : $"01{random.Next(100, 1000)}{random.Next(100000, 1000000)}";
        return random.Next(4) switch
        {
            0 => national,
            1 => $"{national[..5]} {national[5..]}",
            2 => mobile ? $"+44 {national[1..5]} {national[5..]}" : $"({national[..5]}) {national[5..]}",
            _ => $"{national[..5]} {national[5..8]} {national[8..]}",
        };
    }

    private string Email(string first, string surname)
    {
        var total = Domains.Sum(d => d.Weight);
        var roll = random.Next(total);
        var domain = Domains.First(d => (roll -= d.Weight) < 0).Domain;
        var number = random.NextDouble() < 0.6 ? random.Next(1, 100).ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
        return $"{Names.ForEmail(first)}.{Names.ForEmail(surname)}{number}@{domain}";
    }

    private int Pick(double[] cumulative)
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble() * cumulative[^1]);
        return index < 0 ? ~index : index;
    }

    private static double[] Cumulative(int count, Func<int, double> weight)
    {
        var sums = new double[count];
        var total = 0.0;
        for (var i = 0; i < count; i++) sums[i] = total += weight(i);
        return sums;
    }
}
