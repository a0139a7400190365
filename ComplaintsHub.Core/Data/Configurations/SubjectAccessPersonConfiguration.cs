using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class SubjectAccessPersonConfiguration : IEntityTypeConfiguration<SubjectAccessPerson>
{
    public void Configure(EntityTypeBuilder<SubjectAccessPerson> b)
    {
        b.HasKey(x => new { x.SubjectAccessRequestId, x.ComplainantId });
        b.HasOne<Complainant>().WithMany().HasForeignKey(x => x.ComplainantId).OnDelete(DeleteBehavior.Restrict);
    }
}
