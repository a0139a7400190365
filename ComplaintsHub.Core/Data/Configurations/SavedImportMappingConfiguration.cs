using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class SavedImportMappingConfiguration : IEntityTypeConfiguration<SavedImportMapping>
{
    public void Configure(EntityTypeBuilder<SavedImportMapping> b)
    {
        b.Property(x => x.Name).HasMaxLength(TextLimits.SetupName);
        b.Property(x => x.MappingJson).HasMaxLength(SavedImportMapping.MappingLength);
        b.Property(x => x.UpdatedByName).HasMaxLength(200);
        b.HasIndex(x => x.Name).IsUnique();
    }
}
