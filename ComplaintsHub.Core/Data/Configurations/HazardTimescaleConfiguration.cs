using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class HazardTimescaleConfiguration : IEntityTypeConfiguration<HazardTimescale>
{
    public void Configure(EntityTypeBuilder<HazardTimescale> b)
    {
        b.Property(x => x.Step).HasMaxLength(200);
        b.Property(x => x.UpdatedByName).HasMaxLength(200);
        b.HasIndex(x => new { x.Severity, x.Order }).IsUnique();
    }
}
