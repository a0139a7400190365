using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class CouncilProfileConfiguration : IEntityTypeConfiguration<CouncilProfile>
{
    public void Configure(EntityTypeBuilder<CouncilProfile> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Address).HasMaxLength(CouncilProfile.AddressLength);
        b.Property(x => x.Signatory).HasMaxLength(200);
        b.Property(x => x.EscalationHow).HasMaxLength(CouncilProfile.EscalationHowLength);
        b.Property(x => x.ComplaintsEmail).HasMaxLength(254);
        b.Property(x => x.ComplaintsPhone).HasMaxLength(30);
        b.Property(x => x.Logo).HasMaxLength(CouncilProfile.MaxLogoBytes);
        b.Property(x => x.UpdatedByName).HasMaxLength(200);
    }
}
