namespace ComplaintsHub.Core.Domain;

/// <summary>
/// The council's own details, one row: what every letter carries. Configuration seeds it on the first start; after
/// that the complaints team keeps it, and each letter reads it as it is when the letter is made.
/// </summary>
public sealed class CouncilProfile : VersionedEntity
{
    /// <summary>There is only ever one council.</summary>
    public const int SingleId = 1;

    /// <summary>A letterhead logo is small: a larger file is a photograph or an unscaled scan, and bloats every letter.</summary>
    public const int MaxLogoBytes = 512 * 1024;

    /// <summary>The widest and tallest logo accepted, in pixels (the letterhead prints it about 4 cm wide).</summary>
    public const int MaxLogoPixels = 2000;

    public const int AddressLength = 400;
    public const int EscalationHowLength = 2000;

    private CouncilProfile() { }

    public CouncilProfile(string name, string address, string signatory, string escalationHow, byte[]? logo)
    {
        Name = name;
        Address = address;
        Signatory = signatory;
        EscalationHow = escalationHow;
        Logo = logo;
    }

    public int Id { get; private set; } = SingleId;
    public string Name { get; set; } = "";
    public string Address { get; set; } = "";
    /// <summary>Who signs the letters, e.g. "Complaints and Information Manager".</summary>
    public string Signatory { get; set; } = "";
    /// <summary>How to escalate, in the council's words, e.g. "Reply to this letter, email … or call …".</summary>
    public string EscalationHow { get; set; } = "";
    public string? ComplaintsEmail { get; set; }
    public string? ComplaintsPhone { get; set; }
    /// <summary>A PNG for the letterhead, or null for a letterhead of name and address only.</summary>
    public byte[]? Logo { get; set; }
    public string? UpdatedByName { get; private set; }
    public DateTime? UpdatedAt { get; private set; }

    public void RecordChange(Actor by, DateTime at)
    {
        UpdatedByName = by.Name;
        UpdatedAt = at;
    }
}
