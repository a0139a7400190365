using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

/// <summary>
/// The content store's own table: no foreign key to the document, because the content is written before the document's
/// row (in the same transaction), as it would be to a file or blob store behind the same interface.
/// </summary>
internal sealed class CaseDocumentChunkConfiguration : IEntityTypeConfiguration<CaseDocumentChunk>
{
    public void Configure(EntityTypeBuilder<CaseDocumentChunk> b)
    {
        b.HasKey(x => new { x.DocumentId, x.Index });
        b.Property(x => x.Bytes).IsRequired();
    }
}
