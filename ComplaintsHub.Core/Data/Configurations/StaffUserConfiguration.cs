using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.EntraObjectId).HasMaxLength(64);
        b.Property(x => x.DisplayName).HasMaxLength(200);
        b.Property(x => x.Email).HasMaxLength(254);
        b.Property(x => x.JobTitle).HasMaxLength(120);
        b.Property(x => x.UpdatedByName).HasMaxLength(200);
        // Unique once known; the people added before their first sign-in have none yet (nulls do not clash).
        b.HasIndex(x => x.EntraObjectId).IsUnique();
        b.HasIndex(x => x.Email);
        b.HasOne(x => x.Team).WithMany().HasForeignKey(x => x.TeamId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(x => x.Roles).WithOne().HasForeignKey(x => x.StaffUserId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.ServiceAreas).WithMany().UsingEntity("StaffUserServiceAreas");
    }
}
