using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class ServiceAreaConfiguration : IEntityTypeConfiguration<ServiceArea>
{
    public void Configure(EntityTypeBuilder<ServiceArea> b)
    {
        b.Property(x => x.Name).HasMaxLength(120);
        b.Property(x => x.Code).HasMaxLength(10);
        b.Property(x => x.UpdatedByName).HasMaxLength(200);
        // Unique among the areas in use: a switched-off area keeps its name on old cases without blocking a new one.
        b.HasIndex(x => x.Name).IsUnique().HasFilter(SetupIndexes.ActiveOnly);
        b.HasIndex(x => x.Code).IsUnique().HasFilter(SetupIndexes.ActiveOnly);
        b.HasOne(x => x.DefaultProcedure).WithMany().HasForeignKey(x => x.DefaultProcedureId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Subjects).WithOne().HasForeignKey(x => x.ServiceAreaId).OnDelete(DeleteBehavior.Cascade);
    }
}
