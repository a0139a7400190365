using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class AnonymisationRunConfiguration : IEntityTypeConfiguration<AnonymisationRun>
{
    public void Configure(EntityTypeBuilder<AnonymisationRun> b)
    {
        b.Property(x => x.ByName).HasMaxLength(200);
        b.HasIndex(x => x.RanAt);
    }
}
