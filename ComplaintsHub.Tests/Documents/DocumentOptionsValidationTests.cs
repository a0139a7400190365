using ComplaintsHub.Core.Documents;
using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Tests.Documents;

/// <summary>A document setting that could not work stops start-up naming it.</summary>
public class DocumentSettingsChecks
{
    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(DocumentOptionsValidation.LargestLimitMegabytes + 1)]
    public void ASizeLimitOutsideItsRangeIsRefusedNamingTheSetting(int megabytes)
    {
        var result = new DocumentOptionsValidation().Validate(null, new DocumentOptions { MaxFileSizeMegabytes = megabytes });

        Assert.StartsWith("Documents:MaxFileSizeMegabytes must be", Assert.Single(result.Failures!));
    }

    [Fact]
    public void AnEmptyListOfAllowedKindsIsRefusedButLeavingItOutAllowsEveryKind()
    {
        Assert.True(new DocumentOptionsValidation().Validate(null, new DocumentOptions { AllowedKinds = [] }).Failed);
        Assert.Equal(Enum.GetValues<DocumentKind>().Length, new DocumentOptions().Allowed.Count);
        Assert.True(new DocumentOptionsValidation().Validate(null, new DocumentOptions()).Succeeded);
    }
}
