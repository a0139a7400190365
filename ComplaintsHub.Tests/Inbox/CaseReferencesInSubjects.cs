using ComplaintsHub.Core.Inbox;

namespace ComplaintsHub.Tests.Inbox;

/// <summary>Which case an email's subject quotes.</summary>
public class CaseReferencesInSubjects
{
    [Theory]
    [InlineData("RE: Your complaint CMP-2026-00123", "CMP-2026-00123")]
    [InlineData("Fwd: re: cmp-2026-00123 (bins)", "CMP-2026-00123")]
    [InlineData("[SRQ-2025-04567] missed bin", "SRQ-2025-04567")]
    [InlineData("Reference:ENQ-2026-123456", "ENQ-2026-123456")]
    public void AQuotedReferenceIsFoundAsComplaintsHubWritesIt(string subject, string reference) =>
        Assert.Equal([reference], CaseReferences.In(subject));

    [Theory]
    [InlineData("Invoice ABC-2026-00123")]
    [InlineData("Order XCMP-2026-00123")]
    [InlineData("CMP-2026-0012")]
    [InlineData("CMP-2026-001234567890")]
    [InlineData("")]
    public void TextThatOnlyLooksLikeAReferenceIsNotOne(string subject) =>
        Assert.Empty(CaseReferences.In(subject));

    [Fact]
    public void SeveralReferencesComeInTheOrderTheSubjectGivesThemOnceEach() =>
        Assert.Equal(["CMP-2026-00002", "CMP-2026-00001"], CaseReferences.In("CMP-2026-00002 and CMP-2026-00001, see cmp-2026-00002"));
}
