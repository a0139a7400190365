namespace ComplaintsHub.Core.DemoData;

public sealed record SeedResult(bool Seeded, int Contacts, string Message);
