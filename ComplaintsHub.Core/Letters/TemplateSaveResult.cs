namespace ComplaintsHub.Core.Letters;

public sealed record TemplateSaveResult(int? Revision, IReadOnlyList<TemplateProblem> Problems)
{
    public bool Saved => Revision is not null;
}
