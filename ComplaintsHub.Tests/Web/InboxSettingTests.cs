using ComplaintsHub.Tests.Support;

namespace ComplaintsHub.Tests.Web;

/// <summary>A shared mailbox set up by halves stops start-up naming what is missing, instead of failing at the first read.</summary>
public class InboxSetting
{
    [Fact]
    public async Task AMailboxWithoutAPasswordStopsStartUpNamingTheSetting()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync(settings: new Dictionary<string, string?>
        {
            ["Email:Inbox:Host"] = "imap.example.net",
            ["Email:Inbox:UserName"] = "complaints@ashbury.gov.uk",
        });

        var exception = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var messages = new List<string>();
        for (var e = exception; e is not null; e = e.InnerException) messages.Add(e.Message);
        Assert.Contains("Email:Inbox:Password must be set", string.Join(" | ", messages));
    }
}
