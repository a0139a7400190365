using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Input;
using Microsoft.Extensions.Options;

namespace ComplaintsHub.Core.Documents;

/// <summary>
/// Checks an upload and writes its content: the name cleaned, the kind read from the content and agreeing with the name,
/// the kind allowed and the size within the limit (refused as soon as it passes it, not after reading it all). Any
/// refusal is an <see cref="InputRefusedException"/> on <see cref="DocumentFields.File"/>; whatever was written before it
/// goes with the transaction.
/// </summary>
public sealed class DocumentIntake(IDocumentContentStore store, IOptions<DocumentOptions> options)
{
    public DocumentOptions Options => options.Value;

    /// <param name="declaredLength">The size the browser reported, when known: a file plainly too large is refused before any of it is read.</param>
    public async Task<StoredContent> StoreAsync(ComplaintsDbContext db, Guid documentId, string fileName, Stream content, long? declaredLength, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var name = DocumentFileNames.Clean(fileName);
        var tooLarge = $"{name} is larger than the {settings.MaxFileSizeMegabytes:N0} MB limit for a document.";
        if (declaredLength > settings.MaxFileSizeBytes) throw new InputRefusedException(DocumentFields.File, tooLarge);
        var head = new byte[DocumentTypes.HeadLength];
        var headLength = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        var detection = DocumentTypes.Detect(head.AsSpan(0, headLength), name, settings.Allowed);
        if (detection.Kind is not { } kind) throw new InputRefusedException(DocumentFields.File, $"{name}: {detection.Refusal}");
        await using var checkedContent = new CheckedContentStream(head[..headLength], content, settings.MaxFileSizeBytes, tooLarge);
        await store.WriteAsync(db, documentId, checkedContent, cancellationToken);
        return new StoredContent(name, kind, DocumentTypes.ContentTypeOf(kind), checkedContent.BytesRead, checkedContent.Sha256());
    }
}
