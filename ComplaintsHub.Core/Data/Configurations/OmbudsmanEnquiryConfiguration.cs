using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class OmbudsmanEnquiryConfiguration : IEntityTypeConfiguration<OmbudsmanEnquiry>
{
    public void Configure(EntityTypeBuilder<OmbudsmanEnquiry> b)
    {
        b.Property(x => x.Body).HasMaxLength(120);
        b.Property(x => x.TheirReference).HasMaxLength(40);
        b.Property(x => x.RemedyRecommended).HasMaxLength(4000);
        b.Ignore(x => x.FaultFound);
        b.HasIndex(x => x.DecidedOn);
        b.HasIndex(x => x.ReceivedOn);
    }
}
