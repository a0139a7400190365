using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class DataProtectionKeyRecordConfiguration : IEntityTypeConfiguration<DataProtectionKeyRecord>
{
    public void Configure(EntityTypeBuilder<DataProtectionKeyRecord> b)
    {
        b.ToTable("DataProtectionKeys");
        b.HasKey(x => x.Id);
        b.Property(x => x.FriendlyName).HasMaxLength(200);
        // A key element is about 1 KB; room for one wrapped by a certificate or another encryptor.
        b.Property(x => x.Xml).HasMaxLength(20000);
    }
}
