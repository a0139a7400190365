namespace ComplaintsHub.Hosting;

/// <summary>Council settings that were not given: they stop start-up only if the database has no council details stored.</summary>
/// <param name="Message">What to set, naming each missing setting.</param>
internal sealed record MissingCouncilSettings(string Message);
