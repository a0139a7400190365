namespace ComplaintsHub.Tests.Support;

public static class StartupFailure
{
    /// <summary>Starts the app expecting it to refuse, and returns every message in the refusal's chain.</summary>
    public static string Of(ComplaintsHubFactory factory)
    {
        var exception = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        var messages = new List<string>();
        for (var e = exception; e is not null; e = e.InnerException) messages.Add(e.Message);
        return string.Join(" | ", messages);
    }
}
