namespace ComplaintsHub.Core.Letters;

/// <summary>A problem with a template, with where it is (1-based line and column) and what to do.</summary>
public sealed record TemplateProblem(int Line, int Column, string Message)
{
    public override string ToString() => Line > 0 ? $"Line {Line}, column {Column}: {Message}" : Message;
}
