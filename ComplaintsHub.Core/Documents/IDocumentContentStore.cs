using ComplaintsHub.Core.Data;

namespace ComplaintsHub.Core.Documents;

/// <summary>
/// Where case documents' content is kept. Writing and deleting take the context of the change they belong to, so a
/// store in the database takes part in its transaction (a refused or failed upload leaves nothing); a file or blob store
/// behind the same interface would write beside it. Content goes in and comes out as a stream, never whole in memory.
/// </summary>
public interface IDocumentContentStore
{
    /// <summary>Writes all of <paramref name="content"/> as <paramref name="documentId"/>'s content, reading it piece by piece.</summary>
    Task WriteAsync(ComplaintsDbContext db, Guid documentId, Stream content, CancellationToken cancellationToken);

    /// <summary>The content, read piece by piece as the caller reads; the caller disposes it.</summary>
    Task<Stream> OpenReadAsync(Guid documentId, CancellationToken cancellationToken);

    Task DeleteAsync(ComplaintsDbContext db, Guid documentId, CancellationToken cancellationToken);
}
