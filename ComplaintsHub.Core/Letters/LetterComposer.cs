using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;

namespace ComplaintsHub.Core.Letters;

/// <summary>
/// Writes one draft's letter from what the officer composes (<see cref="LetterService.ComposerAsync"/>): its template
/// revision and the case's fields are held, so each change costs a merge in the sandbox and a check, never the database.
/// </summary>
public sealed class LetterComposer
{
    private readonly LetterTemplate _template;
    private readonly LetterModel _model;
    private readonly bool _needsAgreedDate;
    private readonly TimeProvider _clock;

    internal LetterComposer(LetterTemplate template, LetterModel model, bool needsAgreedDate, TimeProvider clock)
    {
        (_template, _model, _needsAgreedDate, _clock) = (template, model, needsAgreedDate, clock);
    }

    /// <summary>The letter as composed so far, and every field's problem (<see cref="LetterCompositionCheck"/>). Nothing is saved.</summary>
    public async Task<(string Text, IReadOnlyList<CompositionProblem> Problems)> ComposeAsync(LetterComposition composition, CancellationToken cancellationToken = default)
    {
        var problems = LetterCompositionCheck.Problems(_template.Type, composition, UkTime.Today(_clock), _needsAgreedDate);
        // Merged only from what passes its checks, so text over its limit is never merged into the letter.
        var usable = problems.Any(p => !p.Missing) ? Usable(composition, problems) : composition;
        return (await MergeAsync(_template, _model.With(usable), _clock, cancellationToken), problems);
    }

    /// <summary>A template revision merged with a letter's fields; a revision that cannot merge is refused with its reasons.</summary>
    internal static async Task<string> MergeAsync(LetterTemplate template, LetterModel model, TimeProvider clock, CancellationToken cancellationToken)
    {
        // A revision saved before the sandbox's rules is held to them here: refused with its reasons, never a hang.
        var merge = await LetterSandbox.MergeAsync(template.Body, model.ToFields(), clock, cancellationToken);
        return merge.Text ?? throw new DomainException($"Revision {template.Revision} of the {LetterTemplateValidator.Describe(template.Type)} template cannot be merged, so this letter cannot be started. "
            + $"{string.Join(" ", merge.Problems)} The complaints team can replace it under Letter templates.");
    }

    /// <summary>The composition without the fields that are refused, so the preview shows everything else as it will read.</summary>
    private static LetterComposition Usable(LetterComposition composition, IReadOnlyList<CompositionProblem> problems)
    {
        var refused = problems.Where(p => !p.Missing).Select(p => p.Field).ToHashSet();
        string? Keep(string? value, string field) => refused.Contains(field) ? "" : value;
        if (composition.Decision is not { } d) return composition with { WhatYouToldUs = Keep(composition.WhatYouToldUs, CompositionFields.WhatYouToldUs) ?? "" };
        var decision = d.Copy();
        decision.Reasons = Keep(d.Reasons, CompositionFields.Reasons);
        decision.Remedy = Keep(d.Remedy, CompositionFields.Remedy);
        decision.RootCause = Keep(d.RootCause, CompositionFields.RootCause);
        decision.LessonLearnt = Keep(d.LessonLearnt, CompositionFields.LessonLearnt);
        if (refused.Contains(CompositionFields.FinancialRedress)) decision.FinancialRedress = null;
        decision.Points = d.Points.Select((p, i) => new LetterPoint(Keep(p.Issue, CompositionFields.PointIssue(i))!, p.Decision, Keep(p.Reasons, CompositionFields.PointReasons(i))!)).ToList();
        decision.OutstandingActions = d.OutstandingActions.Select((a, i) => new LetterAction(Keep(a.What, CompositionFields.ActionWhat(i))!,
            refused.Contains(CompositionFields.ActionBy(i)) ? null : a.By, Keep(a.Who, CompositionFields.ActionWho(i))!, a.OwnerId)).ToList();
        return composition with { WhatYouToldUs = Keep(composition.WhatYouToldUs, CompositionFields.WhatYouToldUs) ?? "", Decision = decision };
    }
}
