using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class ProcedureConfiguration : IEntityTypeConfiguration<Procedure>
{
    public void Configure(EntityTypeBuilder<Procedure> b)
    {
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.Name).HasMaxLength(120);
        b.Property(x => x.Ombudsman).HasMaxLength(120);
        b.HasIndex(x => x.Code).IsUnique();
        b.HasMany(x => x.Stages).WithOne().HasForeignKey(x => x.ProcedureId).OnDelete(DeleteBehavior.Cascade);
        b.Property(x => x.UpdatedByName).HasMaxLength(200);
        b.Ignore(x => x.StageCount);
        b.Ignore(x => x.IsHousing);
        b.Navigation(x => x.Stages).AutoInclude();
    }
}
