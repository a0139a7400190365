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

// The reporting counts: their keys are the columns ReportingCounter's upserts name in ON CONFLICT.
internal sealed class StageMonthlyCountConfiguration : IEntityTypeConfiguration<StageMonthlyCount>
{
    public void Configure(EntityTypeBuilder<StageMonthlyCount> b) =>
        b.HasKey(x => new { x.Month, x.Measure, x.StageNumber, x.ServiceAreaId, x.ProcedureId });
}

internal sealed class ReceivedAnswerCountConfiguration : IEntityTypeConfiguration<ReceivedAnswerCount>
{
    public void Configure(EntityTypeBuilder<ReceivedAnswerCount> b) =>
        b.HasKey(x => new { x.Month, x.StageNumber, x.ServiceAreaId, x.ProcedureId, x.Answer });
}

internal sealed class ReceivedSubjectCountConfiguration : IEntityTypeConfiguration<ReceivedSubjectCount>
{
    public void Configure(EntityTypeBuilder<ReceivedSubjectCount> b) =>
        b.HasKey(x => new { x.Month, x.StageNumber, x.ServiceAreaId, x.ProcedureId, x.SubjectId });
}

internal sealed class ReceivedCategoryCountConfiguration : IEntityTypeConfiguration<ReceivedCategoryCount>
{
    public void Configure(EntityTypeBuilder<ReceivedCategoryCount> b) =>
        b.HasKey(x => new { x.Month, x.StageNumber, x.ServiceAreaId, x.ProcedureId, x.CategoryId });
}

internal sealed class ResponseCountConfiguration : IEntityTypeConfiguration<ResponseCount>
{
    public void Configure(EntityTypeBuilder<ResponseCount> b) =>
        b.HasKey(x => new { x.Month, x.StageNumber, x.ServiceAreaId, x.ProcedureId, x.Outcome, x.WorkingDaysLate });
}

internal sealed class ClosureCountConfiguration : IEntityTypeConfiguration<ClosureCount>
{
    public void Configure(EntityTypeBuilder<ClosureCount> b) =>
        b.HasKey(x => new { x.Month, x.ServiceAreaId, x.ProcedureId, x.Status, x.CurrentStage, x.HasOutcome });
}

internal sealed class ContactCountConfiguration : IEntityTypeConfiguration<ContactCount>
{
    public void Configure(EntityTypeBuilder<ContactCount> b) =>
        b.HasKey(x => new { x.Month, x.ServiceAreaId, x.ProcedureId, x.Classification });
}
