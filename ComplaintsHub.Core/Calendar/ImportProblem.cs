namespace ComplaintsHub.Core.Calendar;

/// <summary>One thing wrong with an imported file, at the line (counted from 1) where it is; 0 when it is about the whole file.</summary>
public sealed record ImportProblem(int Line, string Reason)
{
    public override string ToString() => Line > 0 ? $"Line {Line}: {Reason}" : Reason;
}
