namespace ComplaintsHub.Core.Learning;

/// <summary>Where the period's failings were: upheld and partly upheld responses and Ombudsman fault findings for one service area and category.</summary>
public sealed record LessonTheme(string ServiceArea, string? Category, int Upheld, int PartlyUpheld, int OmbudsmanFault)
{
    public int Total => Upheld + PartlyUpheld + OmbudsmanFault;
}
