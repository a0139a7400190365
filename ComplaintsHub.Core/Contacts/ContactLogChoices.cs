namespace ComplaintsHub.Core.Contacts;

public sealed record ContactLogChoices(IReadOnlyList<AreaChoice> Areas, IReadOnlyList<(int Id, string Name)> Categories, IReadOnlyList<(int Id, string Name, string Ombudsman)> Procedures);

