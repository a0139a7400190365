using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class ServiceAreaConfiguration : IEntityTypeConfiguration<ServiceArea>
{
    public void Configure(EntityTypeBuilder<ServiceArea> b)
    {
        b.Property(x => x.Name).HasMaxLength(120);
        b.Property(x => x.Code).HasMaxLength(10);
        b.Property(x => x.SharedServicePartner).HasMaxLength(120);
        b.HasIndex(x => x.Name).IsUnique();
        b.HasIndex(x => x.Code).IsUnique();
        b.HasOne(x => x.DefaultProcedure).WithMany().HasForeignKey(x => x.DefaultProcedureId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Subjects).WithOne().HasForeignKey(x => x.ServiceAreaId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SubjectConfiguration : IEntityTypeConfiguration<Subject>
{
    public void Configure(EntityTypeBuilder<Subject> b)
    {
        b.Property(x => x.Name).HasMaxLength(120);
        b.HasIndex(x => new { x.ServiceAreaId, x.Name }).IsUnique();
    }
}

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> b)
    {
        b.Property(x => x.Name).HasMaxLength(120);
        b.HasIndex(x => x.Name).IsUnique();
    }
}

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> b)
    {
        b.Property(x => x.Name).HasMaxLength(120);
        b.HasOne(x => x.ServiceArea).WithMany().HasForeignKey(x => x.ServiceAreaId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.EntraObjectId).HasMaxLength(64);
        b.Property(x => x.DisplayName).HasMaxLength(200);
        b.Property(x => x.Email).HasMaxLength(254);
        b.Property(x => x.JobTitle).HasMaxLength(120);
        b.HasIndex(x => x.EntraObjectId).IsUnique();
        b.HasOne(x => x.Team).WithMany().HasForeignKey(x => x.TeamId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(x => x.Roles).WithOne().HasForeignKey(x => x.StaffUserId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.ServiceAreas).WithMany().UsingEntity("StaffUserServiceAreas");
    }
}

internal sealed class StaffRoleAssignmentConfiguration : IEntityTypeConfiguration<StaffRoleAssignment>
{
    public void Configure(EntityTypeBuilder<StaffRoleAssignment> b)
    {
        b.ToTable("StaffRoles");
        b.HasKey(x => new { x.StaffUserId, x.Role });
        b.HasIndex(x => x.Role);
    }
}

internal sealed class ProcedureConfiguration : IEntityTypeConfiguration<Procedure>
{
    public void Configure(EntityTypeBuilder<Procedure> b)
    {
        b.Property(x => x.Code).HasMaxLength(40);
        b.Property(x => x.Name).HasMaxLength(120);
        b.Property(x => x.Ombudsman).HasMaxLength(120);
        b.HasIndex(x => x.Code).IsUnique();
        b.HasMany(x => x.Stages).WithOne().HasForeignKey(x => x.ProcedureId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.StageCount);
        b.Navigation(x => x.Stages).AutoInclude();
    }
}

internal sealed class ProcedureStageConfiguration : IEntityTypeConfiguration<ProcedureStage>
{
    public void Configure(EntityTypeBuilder<ProcedureStage> b)
    {
        b.HasIndex(x => new { x.ProcedureId, x.StageNumber }).IsUnique();
        b.Ignore(x => x.ResponseDateAgreedWithComplainant);
    }
}

internal sealed class CalendarAdjustmentConfiguration : IEntityTypeConfiguration<CalendarAdjustment>
{
    public void Configure(EntityTypeBuilder<CalendarAdjustment> b)
    {
        b.Property(x => x.Description).HasMaxLength(200);
        b.HasIndex(x => new { x.Date, x.Kind }).IsUnique();
    }
}

internal sealed class ReferenceCounterConfiguration : IEntityTypeConfiguration<ReferenceCounter>
{
    public void Configure(EntityTypeBuilder<ReferenceCounter> b)
    {
        b.HasKey(x => new { x.Prefix, x.Year });
        b.Property(x => x.Prefix).HasMaxLength(8);
    }
}
