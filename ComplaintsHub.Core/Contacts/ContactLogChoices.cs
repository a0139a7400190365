namespace ComplaintsHub.Core.Contacts;

public sealed record ContactLogChoices(IReadOnlyList<AreaChoice> Areas, IReadOnlyList<(int Id, string Name)> Categories, IReadOnlyList<(int Id, string Name, string Ombudsman)> Procedures)
{
    /// <summary>Every contact belongs to a service area, so with none active there is nothing to log it against.</summary>
    public bool IsSetUp => Areas.Count > 0;
}

