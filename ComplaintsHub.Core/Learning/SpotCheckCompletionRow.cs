namespace ComplaintsHub.Core.Learning;

/// <summary>
/// One head of service's spot check for a quarter: how many cases closed in their areas, how many were drawn, how many of
/// those are checked, how many of all their recorded checks found a failing, and the improvement actions raised from them.
/// </summary>
public sealed record SpotCheckCompletionRow(Guid HeadOfServiceId, string Name, string Areas, int Closed, int Sampled, int Checked, int FoundFailings, int ActionsRaised)
{
    public int Outstanding => Math.Max(0, Sampled - Checked);
    public bool Complete => Sampled > 0 && Outstanding == 0;
}
