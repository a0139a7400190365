using ComplaintsHub.Core.Data.Search;
using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Data;

/// <summary>The model on PostgreSQL, with its own migration set (Data/Migrations/PostgreSQL).</summary>
public sealed class PostgresComplaintsDbContext(DbContextOptions<PostgresComplaintsDbContext> options) : ComplaintsDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // The search index (SQLite keeps it in FTS5 tables its migration makes): configured here, not by a shared
        // configuration class, because SQLite has no tsvector or trigram index.
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.HasPostgresExtension("unaccent");
        // A case's area beside its words in one GIN index, so a team leader's search reads only her areas' matches.
        modelBuilder.HasPostgresExtension("btree_gin");
        modelBuilder.Entity<CaseSearchDocument>(b =>
        {
            b.ToTable("CaseSearch");
            b.HasKey(d => d.ComplaintId);
            b.Property(d => d.ComplaintId).ValueGeneratedNever();
            b.Property(d => d.Contact).HasMaxLength(300);
            b.HasOne<Complaint>().WithOne().HasForeignKey<CaseSearchDocument>(d => d.ComplaintId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(d => new { d.ServiceAreaId, d.Document }).HasMethod("gin");
            b.HasIndex(d => d.Contact).HasMethod("gin").HasOperators("gin_trgm_ops");
        });
    }
}
