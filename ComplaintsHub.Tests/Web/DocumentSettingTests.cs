using ComplaintsHub.Core.Documents;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Tests.Support;
using Microsoft.Extensions.Options;

namespace ComplaintsHub.Tests.Web;

/// <summary>The documents' settings as the host reads them: a limit that could not work stops start-up naming it.</summary>
public class DocumentSetting
{
    [Fact]
    public async Task ASizeLimitOfNoMegabytesStopsStartUpNamingTheSetting()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync(settings: new Dictionary<string, string?> { ["Documents:MaxFileSizeMegabytes"] = "0" });

        Assert.Contains("Documents:MaxFileSizeMegabytes must be a whole number of megabytes from 1 to 1,024", StartupFailure.Of(factory));
    }

    [Fact]
    public async Task AllowedKindsInTheSettingsReplaceTheDefaultOfEveryKind()
    {
        await using var factory = await ComplaintsHubFactory.CreateAsync(settings: new Dictionary<string, string?>
        {
            ["Documents:AllowedKinds:0"] = "Pdf",
            ["Documents:AllowedKinds:1"] = "Jpeg",
            ["Documents:MaxFileSizeMegabytes"] = "10",
        });

        var options = factory.Get<IOptions<DocumentOptions>>().Value;

        Assert.Equal([DocumentKind.Jpeg, DocumentKind.Pdf], options.Allowed.Order());
        Assert.Equal(10L * 1024 * 1024, options.MaxFileSizeBytes);
    }
}
