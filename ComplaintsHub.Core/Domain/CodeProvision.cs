using ComplaintsHub.Core.Input;

namespace ComplaintsHub.Core.Domain;

/// <summary>
/// One provision of an Ombudsman's Complaint Handling Code, as the council assesses itself against it. Kept as data the
/// complaints team maintains: when a Code changes they reword, add or retire provisions, and a retired one keeps the
/// answers given to it in earlier years.
/// </summary>
public sealed class CodeProvision : SetupEntity
{
    private CodeProvision() { }

    public CodeProvision(OmbudsmanScheme scheme, string reference, string section, string requirement)
    {
        Scheme = scheme;
        Reference = Checked(reference, CodeProvisionFields.Reference, 20, "The reference");
        Position = PositionOf(Reference);
        Reword(section, requirement);
    }

    public int Id { get; private set; }
    public OmbudsmanScheme Scheme { get; private set; }
    /// <summary>The provision's number in the Code, e.g. "6.2".</summary>
    public string Reference { get; private set; } = "";
    /// <summary>The Code's section heading it sits under.</summary>
    public string Section { get; private set; } = "";
    public string Requirement { get; private set; } = "";
    /// <summary>Where it comes in the Code's order: "6.10" after "6.9", which text order would not give.</summary>
    public int Position { get; private set; }
    /// <summary>False once retired from the Code: it is no longer assessed, and earlier years keep their answers.</summary>
    public bool IsActive { get; private set; } = true;

    public void Reword(string section, string requirement)
    {
        Section = Checked(section, CodeProvisionFields.Section, TextLimits.Label, "The section");
        Requirement = Checked(requirement, CodeProvisionFields.Requirement, 2_000, "The requirement");
    }

    public void Retire() => IsActive = false;

    public void Restore() => IsActive = true;

    private static int PositionOf(string reference)
    {
        var parts = reference.Split('.');
        return parts.Length == 2 && int.TryParse(parts[0], out var section) && int.TryParse(parts[1], out var number) && section is >= 0 and < 1000 && number is >= 0 and < 1000
            ? section * 1000 + number
            : 999_999;
    }

    private static string Checked(string? text, string field, int limit, string what)
    {
        text = InputText.Clean(text)?.Trim();
        if (string.IsNullOrEmpty(text)) throw new InputRefusedException(field, $"{what} is needed.");
        TextLimits.Require(text, limit, field, what);
        return text;
    }
}
