using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class ImprovementActionConfiguration : IEntityTypeConfiguration<ImprovementAction>
{
    public void Configure(EntityTypeBuilder<ImprovementAction> b)
    {
        b.Property(x => x.Theme).HasMaxLength(TextLimits.Label);
        b.Property(x => x.Description).HasMaxLength(TextLimits.Notes);
        b.Property(x => x.EndNote).HasMaxLength(TextLimits.Notes);
        b.Property(x => x.UpdatedByName).HasMaxLength(200);
        b.HasOne<ServiceArea>().WithMany().HasForeignKey(x => x.ServiceAreaId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffUser>().WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<OmbudsmanEnquiry>().WithMany().HasForeignKey(x => x.OmbudsmanEnquiryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SpotCheck>().WithMany().HasForeignKey(x => x.SpotCheckId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Cases).WithOne().HasForeignKey(x => x.ImprovementActionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.History).WithOne().HasForeignKey(x => x.ImprovementActionId).OnDelete(DeleteBehavior.Restrict);
        // The lists read open actions by area and by owner; the reports by the day each was raised and ended.
        b.HasIndex(x => new { x.ServiceAreaId, x.Status, x.DueDate });
        b.HasIndex(x => new { x.OwnerId, x.Status });
        b.HasIndex(x => x.RaisedOn);
        b.Ignore(x => x.IsOpen);
        b.Ignore(x => x.CanRedate);
        b.Ignore(x => x.CanReassign);
    }
}
