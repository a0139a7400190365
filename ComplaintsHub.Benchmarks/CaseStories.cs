using System.Globalization;
using ComplaintsHub.Core.Calendar;

namespace ComplaintsHub.Benchmarks;

/// <summary>
/// What the search benchmark adds to each generated case, from its own random numbers (so the cases' dates and stages
/// stay those of the KPI data): the complainant (92% of cases; some people have two to four), how it came in, the
/// description and desired outcome from realistic wording (about 8% damp and mould, under Housing's "Damp and mould"
/// subject), notes and call summaries on about 30% of cases shaped as <c>Complaint.AddNote</c> and <c>LogCall</c> write
/// them, and risk flags (damp and mould on half the damp cases, a vulnerable person on 2% of complainants).
/// </summary>
internal sealed class CaseStories
{
    private static readonly (string Channel, int Weight)[] Channels =
        [("Phone", 40), ("Email", 25), ("WebForm", 20), ("Letter", 7), ("InPerson", 4), ("CouncillorOrMp", 3), ("SocialMedia", 1)];

    private readonly Random _random;
    private readonly CaseStoryText _text;
    private readonly IReadOnlyDictionary<int, string> _areaNames;
    private readonly BenchmarkData.Area? _damp;
    private readonly int _dampSubjectId;
    private readonly IReadOnlyList<(Guid Id, string Name)> _staff;
    private readonly int _complainants;
    private readonly double _newPersonChance;
    private readonly byte[] _casesPerPerson;
    private readonly HashSet<int> _flaggedPeople = [];
    private int _nextPerson = 1;

    /// <param name="damp">Housing, when the reference data has a "Damp and mould" subject under it (the demo data does).</param>
    public CaseStories(Random random, int cases, int complainants, IReadOnlyDictionary<int, string> areaNames, (BenchmarkData.Area Area, int SubjectId)? damp,
        IReadOnlyList<(Guid Id, string Name)> staff)
    {
        _random = random;
        _text = new CaseStoryText(random);
        _areaNames = areaNames;
        _damp = damp?.Area;
        _dampSubjectId = damp?.SubjectId ?? 0;
        _staff = staff;
        _complainants = complainants;
        _newPersonChance = Math.Min(1.0, complainants / Math.Max(1.0, cases * 0.92));
        _casesPerPerson = new byte[complainants + 1];
    }

    public sealed record Story(BenchmarkData.Area? Area, int SubjectId, string Channel, string Description, string? DesiredOutcome, int? ComplainantId, IReadOnlyList<Flag> Flags);

    public sealed record Flag(bool OnCase, int? ComplainantId, string Kind, string? Detail, string? HazardSeverity, (Guid Id, string Name) RaisedBy, string Reason);

    public sealed record Entry(string Type, Guid ActorId, string ActorName, DateTime At, string Summary);

    public Story Next(int areaId, int subjectId)
    {
        var damp = _damp is not null && ((areaId == _damp.Id && subjectId == _dampSubjectId) || _random.NextDouble() < 0.06);
        int? person = _random.NextDouble() < 0.92 ? Person() : null;
        var description = damp ? _text.Damp() : _text.Description(_areaNames.GetValueOrDefault(areaId, ""));
        var flags = new List<Flag>();
        if (damp && _random.NextDouble() < 0.5)
            flags.Add(new Flag(true, null, "DampAndMould", null, _random.NextDouble() < 0.1 ? "Emergency" : "Significant", Staff(), "Mould seen on the surveyor's visit."));
        if (person is { } p && _random.NextDouble() < 0.02 && _flaggedPeople.Add(p))
            flags.Add(new Flag(false, p, "VulnerablePerson", "Lives alone; hearing impaired.", null, Staff(), "Told us on the phone."));
        return new Story(damp ? _damp : null, damp ? _dampSubjectId : subjectId, Channel(), description, _text.DesiredOutcome(), person, flags);
    }

    /// <summary>Notes and calls on about 30% of cases, between receipt and <paramref name="until"/>, oldest first.</summary>
    public IEnumerable<Entry> Timeline(DateTime receivedAt, DateTime until)
    {
        if (_random.NextDouble() >= 0.3) return [];
        var span = Math.Max(0, (until - receivedAt).TotalMinutes);
        var entries = new List<Entry>();
        for (var i = _random.Next(1, 4); i > 0; i--)
        {
            // Whole seconds, so SQLite's text and PostgreSQL's timestamps hold the same instant.
            var at = receivedAt.AddSeconds(Math.Round(Math.Max(30, _random.NextDouble() * span) * 60));
            var (id, name) = Staff();
            if (_random.NextDouble() < 0.5)
            {
                entries.Add(new Entry("NoteAdded", id, name, at, $"Note: {_text.Note()}"));
            }
            else
            {
                var calledAt = at.AddMinutes(-_random.Next(5, 120));
                entries.Add(new Entry("CallLogged", id, name, at,
                    $"Call on {UkTime.DateOf(calledAt).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}: {_text.CallSummary()}"));
            }
        }

        return entries.OrderBy(e => e.At);
    }

    /// <summary>A new person while any are left (most cases), otherwise someone with fewer than four cases already.</summary>
    private int Person()
    {
        if (_nextPerson <= _complainants && _random.NextDouble() < _newPersonChance) return Count(_nextPerson++);
        var known = _nextPerson - 1;
        if (known == 0) return Count(_nextPerson++);
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var candidate = _random.Next(1, known + 1);
            if (_casesPerPerson[candidate] < 4) return Count(candidate);
        }

        return _nextPerson <= _complainants ? Count(_nextPerson++) : Count(_random.Next(1, known + 1));
    }

    private int Count(int person)
    {
        if (_casesPerPerson[person] < byte.MaxValue) _casesPerPerson[person]++;
        return person;
    }

    private string Channel()
    {
        var roll = _random.Next(Channels.Sum(c => c.Weight));
        return Channels.First(c => (roll -= c.Weight) < 0).Channel;
    }

    private (Guid Id, string Name) Staff() => _staff[_random.Next(_staff.Count)];
}
