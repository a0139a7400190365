using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class ProcedureStageConfiguration : IEntityTypeConfiguration<ProcedureStage>
{
    public void Configure(EntityTypeBuilder<ProcedureStage> b)
    {
        b.HasIndex(x => new { x.ProcedureId, x.StageNumber }).IsUnique();
        b.Ignore(x => x.ResponseDateAgreedWithComplainant);
    }
}
