using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class ReportingSettingsConfiguration : IEntityTypeConfiguration<ReportingSettings>
{
    public void Configure(EntityTypeBuilder<ReportingSettings> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.TimescaleTargetPercent).HasPrecision(5, 1);
        b.Property(x => x.SpotCheckPercent).HasPrecision(4, 1);
        b.Property(x => x.UpdatedByName).HasMaxLength(200);
    }
}
