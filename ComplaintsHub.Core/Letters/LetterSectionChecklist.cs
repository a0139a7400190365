using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Letters;

/// <summary>
/// The sections a letter type must contain, each ticked when the template uses all its fields: the same rule the
/// validator refuses a save by, shown as the text is typed.
/// </summary>
public static class LetterSectionChecklist
{
    public static IReadOnlyList<LetterSectionCheck> For(LetterType type, string text)
    {
        var used = LetterTemplateValidator.FieldsUsed(text);
        return LetterFields.Required[type]
            .Select(r => new LetterSectionCheck(r.Section, LetterSectionGuidance.For(r.Section), r.Fields, r.Fields.Where(f => !used.Contains(f)).ToList()))
            .ToList();
    }
}
