using ComplaintsHub.Core.Input;
using Microsoft.Extensions.Options;

namespace ComplaintsHub.Core.Documents;

/// <summary>
/// Receives an upload before it is added to a case: the name cleaned, the kind read from the content and agreeing with
/// the name, the kind allowed and the size within the limit (refused as soon as it passes it, not after reading it all),
/// the content copied as it arrives to a temporary file, never whole in memory. Any refusal is an
/// <see cref="InputRefusedException"/> on <see cref="DocumentFields.File"/>, and nothing of the file is kept.
/// </summary>
public sealed class DocumentIntake(IOptions<DocumentOptions> options)
{
    private const int CopyBufferSize = 81_920;

    /// <param name="declaredLength">The size the browser reported, when known: a file plainly too large is refused before any of it is read.</param>
    public async Task<ReceivedDocument> ReceiveAsync(string fileName, Stream content, long? declaredLength, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var name = DocumentFileNames.Clean(fileName);
        var tooLarge = $"{name} is larger than the {settings.MaxFileSizeMegabytes:N0} MB limit for a document.";
        if (declaredLength > settings.MaxFileSizeBytes) throw new InputRefusedException(DocumentFields.File, tooLarge);
        var head = new byte[DocumentTypes.HeadLength];
        var headLength = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        var detection = DocumentTypes.Detect(head.AsSpan(0, headLength), name, settings.Allowed);
        if (detection.Kind is not { } kind) throw new InputRefusedException(DocumentFields.File, $"{name}: {detection.Refusal}");

        var spool = new FileStream(Path.Combine(Path.GetTempPath(), $"complaintshub-upload-{Guid.NewGuid():N}"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None,
            CopyBufferSize, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        try
        {
            await using var checkedContent = new CheckedContentStream(head[..headLength], content, settings.MaxFileSizeBytes, tooLarge);
            await checkedContent.CopyToAsync(spool, CopyBufferSize, cancellationToken);
            await spool.FlushAsync(cancellationToken);
            return new ReceivedDocument(name, kind, checkedContent.BytesRead, checkedContent.Sha256(), spool);
        }
        catch
        {
            await spool.DisposeAsync();
            throw;
        }
    }
}
