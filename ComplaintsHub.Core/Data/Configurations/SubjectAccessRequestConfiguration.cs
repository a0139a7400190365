using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class SubjectAccessRequestConfiguration : IEntityTypeConfiguration<SubjectAccessRequest>
{
    public void Configure(EntityTypeBuilder<SubjectAccessRequest> b)
    {
        b.Property(x => x.Requester).HasMaxLength(SubjectAccessRequest.MaxRequesterLength);
        b.Property(x => x.CreatedByName).HasMaxLength(200);
        b.Property(x => x.UpdatedByName).HasMaxLength(200);
        b.Ignore(x => x.IsOpen);
        b.HasMany(x => x.People).WithOne().HasForeignKey(p => p.SubjectAccessRequestId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.SentOn, x.DueOn });
    }
}
