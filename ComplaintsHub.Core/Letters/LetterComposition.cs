using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Letters;

/// <summary>What the officer composes on the draft page: the letter is merged from these and the case.</summary>
/// <param name="WhatYouToldUs">The complaint as understood, written to the complainant.</param>
/// <param name="Decision">For a response: the decision, point by point, with the remedy, actions and learning.</param>
/// <param name="AgreedResponseDate">For an acknowledgement under a procedure that agrees the date with the complainant.</param>
public sealed record LetterComposition(string WhatYouToldUs, LetterDecision? Decision, DateOnly? AgreedResponseDate = null);
