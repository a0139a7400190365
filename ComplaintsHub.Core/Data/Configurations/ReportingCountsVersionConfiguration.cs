using ComplaintsHub.Core.Data.Counts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class ReportingCountsVersionConfiguration : IEntityTypeConfiguration<ReportingCountsVersion>
{
    public void Configure(EntityTypeBuilder<ReportingCountsVersion> b) => b.Property(x => x.Id).ValueGeneratedNever();
}
