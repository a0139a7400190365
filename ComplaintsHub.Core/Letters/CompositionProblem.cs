namespace ComplaintsHub.Core.Letters;

/// <summary>Why a composing field cannot be issued as it is, shown next to that field.</summary>
/// <param name="Missing">Nothing entered yet: shown once the officer tries to issue, not while the page is fresh.</param>
public sealed record CompositionProblem(string Field, string Message, bool Missing);
