using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class HousingStockConfiguration : IEntityTypeConfiguration<HousingStock>
{
    public void Configure(EntityTypeBuilder<HousingStock> b)
    {
        b.HasIndex(x => x.FinancialYearStart).IsUnique();
        b.Property(x => x.UpdatedByName).HasMaxLength(200);
    }
}
