using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class CodeProvisionConfiguration : IEntityTypeConfiguration<CodeProvision>
{
    public void Configure(EntityTypeBuilder<CodeProvision> b)
    {
        b.Property(x => x.Reference).HasMaxLength(20);
        b.Property(x => x.Section).HasMaxLength(TextLimits.Label);
        b.Property(x => x.Requirement).HasMaxLength(2_000);
        b.Property(x => x.UpdatedByName).HasMaxLength(200);
        b.HasIndex(x => new { x.Scheme, x.Reference }).IsUnique();
    }
}
