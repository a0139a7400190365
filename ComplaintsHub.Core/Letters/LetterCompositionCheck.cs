using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Refusals;

namespace ComplaintsHub.Core.Letters;

/// <summary>
/// Everything issuing checks of what the officer composed, field by field: the draft page shows these as the officer
/// types, and issuing refuses on the same list, so nothing is checked at issue that the page does not ask for.
/// </summary>
public static class LetterCompositionCheck
{
    public static IReadOnlyList<CompositionProblem> Problems(LetterType type, LetterComposition composition, DateOnly today, bool needsAgreedResponseDate = false)
    {
        var problems = new List<CompositionProblem>();
        void Text(string? value, int limit, string field, string what, bool required)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                if (required) problems.Add(new CompositionProblem(field, $"{what} is needed.", Missing: true));
            }
            else if (TextLimits.IsOver(value, limit))
            {
                problems.Add(new CompositionProblem(field, TextLimits.TooLong(what, limit, value.Length), Missing: false));
            }
        }

        Text(composition.WhatYouToldUs, TextLimits.Notes, CompositionFields.WhatYouToldUs, "What you told us", UsesWhatYouToldUs(type));
        if (needsAgreedResponseDate)
        {
            if (composition.AgreedResponseDate is not { } agreed)
            {
                problems.Add(new CompositionProblem(CompositionFields.AgreedResponseDate, "The response date agreed with the complainant is needed.", Missing: true));
            }
            else
            {
                Refused(() => PlausibleDates.RequireDeadline(agreed, today, CompositionFields.AgreedResponseDate, "The agreed response date"), CompositionFields.AgreedResponseDate, problems);
            }
        }

        if (composition.Decision is not { } decision) return problems;
        if (decision.Points.Count == 0) problems.Add(new CompositionProblem(CompositionFields.Points, "Add each point the complaint raised, with the decision on it.", Missing: true));
        for (var i = 0; i < decision.Points.Count; i++)
        {
            var point = decision.Points[i];
            Text(point.Issue, TextLimits.Notes, CompositionFields.PointIssue(i), "What was raised", required: true);
            if (point.Decision is null) problems.Add(new CompositionProblem(CompositionFields.PointDecision(i), "Choose the decision on this point.", Missing: true));
            else if (point.Decision is not (Outcome.Upheld or Outcome.PartlyUpheld or Outcome.NotUpheld))
            {
                problems.Add(new CompositionProblem(CompositionFields.PointDecision(i), "A point is upheld, partly upheld or not upheld.", Missing: false));
            }

            Text(point.Reasons, TextLimits.Notes, CompositionFields.PointReasons(i), "Why", required: true);
        }

        Text(decision.Reasons, TextLimits.Notes, CompositionFields.Reasons, "The reasons for the decision", required: true);
        Text(decision.Remedy, TextLimits.Notes, CompositionFields.Remedy, "The remedy (apology and what we have done)", required: decision.NeedsLearning);
        Refused(() => NumberLimits.RequireRedress(decision.FinancialRedress, CompositionFields.FinancialRedress), CompositionFields.FinancialRedress, problems);
        for (var i = 0; i < decision.OutstandingActions.Count; i++)
        {
            var action = decision.OutstandingActions[i];
            Text(action.What, TextLimits.Notes, CompositionFields.ActionWhat(i), "What we will do", required: true);
            if (action.By is not { } by) problems.Add(new CompositionProblem(CompositionFields.ActionBy(i), "The date it will be done by is needed.", Missing: true));
            else Refused(() => PlausibleDates.RequireDeadline(by, today, CompositionFields.ActionBy(i), "The date"), CompositionFields.ActionBy(i), problems);
            Text(action.Who, TextLimits.Label, CompositionFields.ActionWho(i), "Who will do it", required: true);
        }

        // The stage itself refuses an upheld answer without these (Complaint.RecordResponse): asked for here, not at issue.
        Text(decision.RootCause, TextLimits.Notes, CompositionFields.RootCause, "The root cause", required: decision.NeedsLearning);
        Text(decision.LessonLearnt, TextLimits.Notes, CompositionFields.LessonLearnt, "The lesson learnt", required: decision.NeedsLearning);
        return problems;
    }

    /// <summary>The first problem as the refusal issuing gives, reported under its field.</summary>
    public static void Require(LetterType type, LetterComposition composition, DateOnly today, bool needsAgreedResponseDate)
    {
        if (Problems(type, composition, today, needsAgreedResponseDate).FirstOrDefault() is { } first) throw new InputRefusedException(first.Field, first.Message);
    }

    public static bool UsesWhatYouToldUs(LetterType type) => type is LetterType.Acknowledgement or LetterType.Stage1Response or LetterType.Stage2Response;

    private static void Refused(Action check, string field, List<CompositionProblem> problems)
    {
        try
        {
            check();
        }
        catch (InputRefusedException ex)
        {
            problems.Add(new CompositionProblem(field, ex.Message, Missing: false));
        }
    }
}
