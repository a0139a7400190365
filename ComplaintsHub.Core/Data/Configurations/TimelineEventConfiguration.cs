using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class TimelineEventConfiguration : IEntityTypeConfiguration<TimelineEvent>
{
    public void Configure(EntityTypeBuilder<TimelineEvent> b)
    {
        b.Property(x => x.ActorName).HasMaxLength(200);
        b.Property(x => x.Summary).HasMaxLength(4000);
        b.HasIndex(x => new { x.ComplaintId, x.OccurredAt });
        // Reports count some events (service requests turned into complaints) by type within a period.
        b.HasIndex(x => new { x.Type, x.OccurredAt });
    }
}
