using ComplaintsHub.Tests.Support;

namespace ComplaintsHub.Tests.Web;

/// <summary>A half-set mail server stops start-up naming the setting; no mail server at all means email is switched off.</summary>
public class EmailSetting
{
    [Fact]
    public async Task AMailServerWithoutAFromAddressStopsStartUpNamingTheSetting()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync(settings: new Dictionary<string, string?>
        {
            ["Email:SmtpHost"] = "smtp.office365.com", ["Email:AppBaseUrl"] = "https://complaints.ashbury.gov.uk",
        });

        Assert.Contains("Email:FromAddress must be the address emails come from", StartupFailure.Of(factory));
    }

    [Fact]
    public async Task AUserNameWithoutAPasswordStopsStartUpNamingBoth()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync(settings: new Dictionary<string, string?>
        {
            ["Email:SmtpHost"] = "smtp.office365.com", ["Email:FromAddress"] = "complaints@ashbury.gov.uk", ["Email:UserName"] = "complaints@ashbury.gov.uk",
            ["Email:AppBaseUrl"] = "https://complaints.ashbury.gov.uk",
        });

        Assert.Contains("Email:UserName and Email:Password go together", StartupFailure.Of(factory));
    }

    [Fact]
    public async Task AMailServerWithoutTheAppsAddressStopsStartUpBecauseLinksWouldBreak()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync(settings: new Dictionary<string, string?>
        {
            ["Email:SmtpHost"] = "smtp.office365.com", ["Email:FromAddress"] = "complaints@ashbury.gov.uk",
        });

        Assert.Contains("Email:AppBaseUrl must be the address staff use to reach ComplaintsHub", StartupFailure.Of(factory));
    }

    [Fact]
    public async Task NoMailServerMeansTheAppStartsWithEmailSwitchedOff()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync();

        var response = await factory.CreateClient().GetAsync("/health");

        Assert.True(response.IsSuccessStatusCode);
        Assert.False(factory.Get<Microsoft.Extensions.Options.IOptions<Core.Email.EmailOptions>>().Value.IsSwitchedOn);
    }
}
