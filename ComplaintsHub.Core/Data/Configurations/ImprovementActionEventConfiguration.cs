using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class ImprovementActionEventConfiguration : IEntityTypeConfiguration<ImprovementActionEvent>
{
    public void Configure(EntityTypeBuilder<ImprovementActionEvent> b)
    {
        b.Property(x => x.ActorName).HasMaxLength(200);
        b.Property(x => x.Summary).HasMaxLength(10_400);
        b.HasIndex(x => new { x.ImprovementActionId, x.OccurredAt });
    }
}
