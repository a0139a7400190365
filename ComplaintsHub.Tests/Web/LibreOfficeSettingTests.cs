using ComplaintsHub.Tests.Support;

namespace ComplaintsHub.Tests.Web;

/// <summary>Issued letters are made into PDFs with LibreOffice, so a server that cannot find it does not start.</summary>
public class LibreOfficeSetting
{
    [Fact]
    public async Task AMissingExecutableStopsStartUpNamingTheSetting()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync(settings: new Dictionary<string, string?> { ["Letters:LibreOffice:Path"] = "/nowhere/soffice" });

        var error = StartupFailure.Of(factory);

        Assert.Contains("Letters:LibreOffice:Path is \"/nowhere/soffice\" but there is no such executable.", error);
    }

    [Fact]
    public async Task ANameNotOnThePathStopsStartUpNamingTheSetting()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync(settings: new Dictionary<string, string?> { ["Letters:LibreOffice:Path"] = "no-such-soffice" });

        Assert.Contains("Letters:LibreOffice:Path is \"no-such-soffice\" but there is no such executable on PATH.", StartupFailure.Of(factory));
    }

    [Fact]
    public async Task ATimeoutThatIsNotPositiveStopsStartUpNamingTheSetting()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync(settings: new Dictionary<string, string?> { ["Letters:LibreOffice:Timeout"] = "00:00:00" });

        Assert.Contains("Letters:LibreOffice:Timeout must be a positive time span, e.g. 00:01:00.", StartupFailure.Of(factory));
    }
}
