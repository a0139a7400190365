namespace ComplaintsHub.Core.Cases;

/// <summary>Someone a case or a stage can be given to, with how much they already hold.</summary>
public sealed record OfficerChoice(Guid Id, string Name, int OpenCases, int Overdue);
