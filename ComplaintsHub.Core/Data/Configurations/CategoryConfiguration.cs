using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> b)
    {
        b.Property(x => x.Name).HasMaxLength(120);
        b.Property(x => x.UpdatedByName).HasMaxLength(200);
        b.HasIndex(x => x.Name).IsUnique().HasFilter(SetupIndexes.ActiveOnly);
    }
}
