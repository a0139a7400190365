using ComplaintsHub.Core.Inbox;

namespace ComplaintsHub.Tests.Inbox;

/// <summary>The Email:Inbox settings as start-up checks them.</summary>
public class InboxSettings
{
    private static InboxOptions Mailbox(Action<InboxOptions> change)
    {
        var options = new InboxOptions { Host = "outlook.office365.com", UserName = "complaints@ashbury.gov.uk", Password = "secret" };
        change(options);
        return options;
    }

    private static IReadOnlyList<string> Problems(InboxOptions options) =>
        new InboxOptionsValidation().Validate(null, options).Failures?.ToList() ?? [];

    [Fact]
    public void WithNoHostTheInboxIsSwitchedOffAndNothingElseIsAsked() =>
        Assert.Empty(Problems(new InboxOptions()));

    [Fact]
    public void AMailboxWithAHostAndPasswordIsAccepted() =>
        Assert.Empty(Problems(Mailbox(_ => { })));

    [Fact]
    public void ExchangeOnlineWithAllThreeAppSettingsIsAccepted() =>
        Assert.Empty(Problems(Mailbox(o => (o.Password, o.TenantId, o.ClientId, o.ClientSecret) = (null, "tenant", "client", "secret"))));

    [Theory]
    [InlineData("Password")]
    [InlineData("UserName")]
    [InlineData("ClientSecret")]
    [InlineData("Security")]
    [InlineData("Port")]
    [InlineData("MaxAttachmentBytes")]
    public void EachHalfSetSettingStopsStartUpNamingIt(string setting)
    {
        var options = Mailbox(o =>
        {
            switch (setting)
            {
                case "Password": o.Password = null; break;
                case "UserName": o.UserName = " "; break;
                case "ClientSecret": (o.Password, o.TenantId, o.ClientId) = (null, "tenant", "client"); break;
                case "Security": o.Security = ImapSecurity.None; break;
                case "Port": o.Port = 0; break;
                case "MaxAttachmentBytes": o.MaxAttachmentBytes = o.MaxMessageBytes + 1; break;
            }
        });

        var problem = Assert.Single(Problems(options));
        Assert.Contains($"Email:Inbox:{setting}", problem);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    public void AnUnencryptedConnectionIsAllowedOnlyToThisMachine(string host) =>
        Assert.Empty(Problems(Mailbox(o => (o.Host, o.Security) = (host, ImapSecurity.None))));
}
