using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class ComplainantConfiguration : IEntityTypeConfiguration<Complainant>
{
    public void Configure(EntityTypeBuilder<Complainant> b)
    {
        b.Property(x => x.Title).HasMaxLength(20);
        b.Property(x => x.FirstName).HasMaxLength(100);
        b.Property(x => x.LastName).HasMaxLength(100);
        b.Property(x => x.Postcode).HasMaxLength(10);
        b.Property(x => x.Phone).HasMaxLength(30);
        b.Property(x => x.PhoneDigits).HasMaxLength(20);
        b.Property(x => x.Email).HasMaxLength(254);
        b.Property(x => x.ReasonableAdjustments).HasMaxLength(1000);
        b.Ignore(x => x.FullName);
        // The phone-call search looks people up by each of these as the officer types.
        b.HasIndex(x => x.LastName);
        b.HasIndex(x => x.Postcode);
        b.HasIndex(x => x.PhoneDigits);
        b.HasIndex(x => x.Email);
    }
}
