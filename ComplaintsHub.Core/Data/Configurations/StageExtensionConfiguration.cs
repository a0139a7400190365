using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class StageExtensionConfiguration : IEntityTypeConfiguration<StageExtension>
{
    public void Configure(EntityTypeBuilder<StageExtension> b)
    {
        b.Property(x => x.Reason).HasMaxLength(2000);
        b.HasOne<StaffUser>().WithMany().HasForeignKey(x => x.AgreedById).OnDelete(DeleteBehavior.Restrict);
    }
}
