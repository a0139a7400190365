using ComplaintsHub.Core.Input;

namespace ComplaintsHub.Core.Cases;

/// <summary>Text typed into a case action, cleaned as it arrives and refused, naming its field, when over its limit.</summary>
public static class CaseText
{
    public static string Required(string? text, string what, string field = CaseActionFields.Text)
    {
        var clean = InputText.CleanRequired(text);
        TextLimits.Require(clean, TextLimits.Notes, field, what);
        return clean;
    }

    public static string? Optional(string? text, string what, string field = CaseActionFields.Text, int limit = TextLimits.Notes)
    {
        var clean = InputText.Clean(text);
        TextLimits.Require(clean, limit, field, what);
        return clean;
    }
}
