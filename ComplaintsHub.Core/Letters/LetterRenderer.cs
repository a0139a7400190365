using System.Globalization;
using DotLiquid;

namespace ComplaintsHub.Core.Letters;

/// <summary>Merges a validated template with a letter's fields (Liquid syntax, DotLiquid engine).</summary>
public static class LetterRenderer
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static string Render(string templateText, IReadOnlyDictionary<string, object?> model)
    {
        var template = Template.Parse(templateText);
        var text = template.Render(new RenderParameters(British)
        {
            LocalVariables = Hash.FromDictionary(model.ToDictionary(p => p.Key, p => ToLiquid(p.Value))),
            ErrorsOutputMode = ErrorsOutputMode.Rethrow,
        });
        return text.Replace("\r\n", "\n");
    }

    private static object? ToLiquid(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => Hash.FromDictionary(map.ToDictionary(p => p.Key, p => ToLiquid(p.Value))),
        IEnumerable<IReadOnlyDictionary<string, object?>> items => items.Select(ToLiquid).ToList(),
        _ => value,
    };
}
