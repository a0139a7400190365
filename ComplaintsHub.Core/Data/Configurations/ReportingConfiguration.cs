using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class ReportingSettingsConfiguration : IEntityTypeConfiguration<ReportingSettings>
{
    public void Configure(EntityTypeBuilder<ReportingSettings> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.TimescaleTargetPercent).HasPrecision(5, 1);
    }
}

internal sealed class HousingStockConfiguration : IEntityTypeConfiguration<HousingStock>
{
    public void Configure(EntityTypeBuilder<HousingStock> b)
    {
        b.HasIndex(x => x.FinancialYearStart).IsUnique();
    }
}

internal sealed class StageMonthlyCountConfiguration : IEntityTypeConfiguration<StageMonthlyCount>
{
    public void Configure(EntityTypeBuilder<StageMonthlyCount> b)
    {
        // Month first: the trend reads a range of months. The upsert in StageMonthlyCounter names these columns.
        b.HasKey(x => new { x.Month, x.Measure, x.StageNumber, x.ServiceAreaId, x.ProcedureId });
    }
}

internal sealed class ReceivedStageCountConfiguration : IEntityTypeConfiguration<ReceivedStageCount>
{
    public void Configure(EntityTypeBuilder<ReceivedStageCount> b)
    {
        b.HasKey(x => new { x.Month, x.StageNumber, x.ServiceAreaId, x.ProcedureId, x.SubjectId, x.CategoryId, x.Answer });
    }
}
