using NpgsqlTypes;

namespace ComplaintsHub.Core.Data.Search;

/// <summary>
/// PostgreSQL only: one case's searchable text as a weighted tsvector (GIN-indexed), and its complainant's phone digits,
/// email and compact postcode as <see cref="Contact"/> (trigram-indexed, for "part of a phone number"). Written only by
/// <see cref="CaseSearchIndex"/>; a generated column cannot be used because the document reads three tables.
/// </summary>
public sealed class CaseSearchDocument
{
    private CaseSearchDocument() { }

    public int ComplaintId { get; private set; }

    /// <summary>The case's area, so that a search by someone who sees some areas reads only their matches.</summary>
    public int ServiceAreaId { get; private set; }
    public NpgsqlTsVector Document { get; private set; } = null!;
    public string Contact { get; private set; } = "";
}
