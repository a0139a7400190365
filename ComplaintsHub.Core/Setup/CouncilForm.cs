using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Setup;

/// <summary>The council's details as the council page edits them, with the version the person saw.</summary>
public sealed class CouncilForm
{
    public Guid Version { get; set; }
    public string? Name { get; set; }
    public string? Address { get; set; }
    public string? Signatory { get; set; }
    public string? EscalationHow { get; set; }
    public string? ComplaintsEmail { get; set; }
    public string? ComplaintsPhone { get; set; }
    /// <summary>The logo as stored, for the page to show; changed only through the logo upload.</summary>
    public byte[]? Logo { get; set; }
    public string? UpdatedByName { get; set; }
    public DateTime? UpdatedAt { get; set; }

    public static CouncilForm From(CouncilProfile council) => new()
    {
        Version = council.Version,
        Name = council.Name,
        Address = council.Address,
        Signatory = council.Signatory,
        EscalationHow = council.EscalationHow,
        ComplaintsEmail = council.ComplaintsEmail,
        ComplaintsPhone = council.ComplaintsPhone,
        Logo = council.Logo,
        UpdatedByName = council.UpdatedByName,
        UpdatedAt = council.UpdatedAt,
    };
}
