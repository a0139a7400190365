using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Documents;

/// <summary>
/// Keeps content in the database in <see cref="ChunkSize"/> pieces (docs/decisions/0015): one backup holds everything,
/// and the content is written in the transaction of the change that adds it.
/// </summary>
public sealed class DatabaseDocumentContentStore(IDbContextFactory<ComplaintsDbContext> dbFactory) : IDocumentContentStore
{
    public const int ChunkSize = 256 * 1024;

    /// <summary>
    /// Saves each piece as it is read and lets go of it, so the context never holds the file. That save would also write
    /// anything else pending in the context, so content must be written before the change touches anything else.
    /// </summary>
    public async Task WriteAsync(ComplaintsDbContext db, Guid documentId, Stream content, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("Document content is written inside the transaction of the change that adds it.");
        if (db.ChangeTracker.HasChanges()) throw new InvalidOperationException("Write a document's content before the change touches anything else: each piece is saved as it is read.");
        var index = 0;
        while (true)
        {
            var buffer = new byte[ChunkSize];
            var filled = await content.ReadAtLeastAsync(buffer, ChunkSize, throwOnEndOfStream: false, cancellationToken);
            if (filled == 0) break;
            var chunk = new CaseDocumentChunk(documentId, index++, filled == ChunkSize ? buffer : buffer[..filled]);
            db.CaseDocumentChunks.Add(chunk);
            await db.SaveChangesAsync(cancellationToken);
            db.Entry(chunk).State = EntityState.Detached;
            if (filled < ChunkSize) break;
        }
    }

    public async Task<Stream> OpenReadAsync(Guid documentId, CancellationToken cancellationToken)
    {
        var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return new ChunkedReadStream(db, documentId);
    }

    public async Task DeleteAsync(ComplaintsDbContext db, Guid documentId, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("Document content is deleted inside the transaction of the change that removes it.");
        await db.CaseDocumentChunks.Where(c => c.DocumentId == documentId).ExecuteDeleteAsync(cancellationToken);
    }
}
