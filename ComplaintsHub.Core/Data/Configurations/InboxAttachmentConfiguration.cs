using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class InboxAttachmentConfiguration : IEntityTypeConfiguration<InboxAttachment>
{
    public void Configure(EntityTypeBuilder<InboxAttachment> b)
    {
        b.Property(x => x.FileName).HasMaxLength(TextLimits.LargestInput);
        b.Property(x => x.ContentType).HasMaxLength(200);
    }
}
