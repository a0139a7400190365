using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class PersonalDataAccessConfiguration : IEntityTypeConfiguration<PersonalDataAccess>
{
    public void Configure(EntityTypeBuilder<PersonalDataAccess> b)
    {
        b.ToTable("PersonalDataAccessLog");
        b.Property(x => x.StaffName).HasMaxLength(200);
        b.Property(x => x.Reason).HasMaxLength(PersonalDataAccess.MaxReasonLength);
        b.Property(x => x.CaseReference).HasMaxLength(20);
        b.Property(x => x.What).HasMaxLength(PersonalDataAccess.MaxWhatLength);
        // A case's log outlives nothing: the case is never deleted, so no foreign key is needed to keep it honest, and none
        // stops the log's own retention from removing lines.
        b.HasIndex(x => new { x.ComplaintId, x.AccessedAt });
        b.HasIndex(x => x.AccessedAt);
        b.HasOne<Complainant>().WithMany().HasForeignKey(x => x.ComplainantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffUser>().WithMany().HasForeignKey(x => x.StaffUserId).OnDelete(DeleteBehavior.Restrict);
        // Read by person ("who looked at this complainant") and by member of staff ("what did they look at").
        b.HasIndex(x => new { x.ComplainantId, x.AccessedAt });
        b.HasIndex(x => new { x.StaffUserId, x.AccessedAt });
    }
}
