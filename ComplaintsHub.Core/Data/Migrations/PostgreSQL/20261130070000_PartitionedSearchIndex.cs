using ComplaintsHub.Core.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsHub.Core.Data.Migrations.PostgreSQL
{
    /// <summary>
    /// Written by hand (EF Core cannot model a partitioned table; the model and its snapshot do not change): "CaseSearch"
    /// becomes partitioned by the case's id, with a default partition for ids past the last. The application makes the
    /// partitions themselves at start-up and every night (Search/PostgresSearchPartitions). The table is made empty and the
    /// stored index version removed, so the next start builds the index afresh into its partitions, as after any change to
    /// the index; SQLite's index is untouched.
    /// </summary>
    [DbContext(typeof(PostgresComplaintsDbContext))]
    [Migration("20261130070000_PartitionedSearchIndex")]
    public partial class PartitionedSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TABLE "CaseSearch";
                CREATE TABLE "CaseSearch" (
                    "ComplaintId" integer NOT NULL,
                    "Document" tsvector NOT NULL,
                    "Contact" character varying(300) NOT NULL,
                    CONSTRAINT "PK_CaseSearch" PRIMARY KEY ("ComplaintId"),
                    CONSTRAINT "FK_CaseSearch_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
                ) PARTITION BY RANGE ("ComplaintId");
                CREATE TABLE "CaseSearch_Newer" PARTITION OF "CaseSearch" DEFAULT;
                CREATE INDEX "IX_CaseSearch_Contact" ON "CaseSearch" USING gin ("Contact" gin_trgm_ops);
                CREATE INDEX "IX_CaseSearch_Document" ON "CaseSearch" USING gin ("Document");
                DELETE FROM "SearchIndexVersion";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TABLE "CaseSearch";
                CREATE TABLE "CaseSearch" (
                    "ComplaintId" integer NOT NULL,
                    "Document" tsvector NOT NULL,
                    "Contact" character varying(300) NOT NULL,
                    CONSTRAINT "PK_CaseSearch" PRIMARY KEY ("ComplaintId"),
                    CONSTRAINT "FK_CaseSearch_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
                );
                CREATE INDEX "IX_CaseSearch_Contact" ON "CaseSearch" USING gin ("Contact" gin_trgm_ops);
                CREATE INDEX "IX_CaseSearch_Document" ON "CaseSearch" USING gin ("Document");
                DELETE FROM "SearchIndexVersion";
                """);
        }
    }
}
