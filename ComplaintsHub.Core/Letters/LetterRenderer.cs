using ComplaintsHub.Core.Refusals;

namespace ComplaintsHub.Core.Letters;

/// <summary>Merges a template with a letter's fields (Liquid syntax, DotLiquid engine), always inside <see cref="LetterSandbox"/>.</summary>
public static class LetterRenderer
{
    /// <summary>The merged letter; a template that cannot be merged is refused with every reason.</summary>
    public static string Render(string templateText, IReadOnlyDictionary<string, object?> model, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        var merge = LetterSandbox.Merge(templateText, model, clock, cancellationToken);
        return merge.Text ?? throw new DomainException(string.Join(" ", merge.Problems));
    }
}
