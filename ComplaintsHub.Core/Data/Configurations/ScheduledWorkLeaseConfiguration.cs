using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class ScheduledWorkLeaseConfiguration : IEntityTypeConfiguration<ScheduledWorkLease>
{
    public void Configure(EntityTypeBuilder<ScheduledWorkLease> b)
    {
        b.HasKey(x => x.Name);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.HeldBy).HasMaxLength(100);
    }
}
