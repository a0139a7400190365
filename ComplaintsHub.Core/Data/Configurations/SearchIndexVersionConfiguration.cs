using ComplaintsHub.Core.Data.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ComplaintsHub.Core.Data.Configurations;

internal sealed class SearchIndexVersionConfiguration : IEntityTypeConfiguration<SearchIndexVersion>
{
    public void Configure(EntityTypeBuilder<SearchIndexVersion> b) => b.Property(x => x.Id).ValueGeneratedNever();
}
