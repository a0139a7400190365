using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class SubjectConfiguration : IEntityTypeConfiguration<Subject>
{
    public void Configure(EntityTypeBuilder<Subject> b)
    {
        b.Property(x => x.Name).HasMaxLength(120);
        b.Property(x => x.UpdatedByName).HasMaxLength(200);
        b.HasIndex(x => new { x.ServiceAreaId, x.Name }).IsUnique().HasFilter(SetupIndexes.ActiveOnly);
    }
}
