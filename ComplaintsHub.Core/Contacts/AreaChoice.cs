namespace ComplaintsHub.Core.Contacts;

public sealed record AreaChoice(int Id, string Name, int DefaultProcedureId, string? SharedServicePartner, IReadOnlyList<(int Id, string Name)> Subjects);
