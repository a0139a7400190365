using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsHub.Core.Data.Migrations.PostgreSQL
{
    /// <summary>
    /// PostgreSQL's search index partitioned by case id, with each case's area beside its words in one GIN index
    /// (docs/decisions/0017). The partitions themselves are made by the application (Search/PostgresSearchPartitions).
    /// </summary>
    public partial class PartitionedSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:btree_gin", ",,")
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .Annotation("Npgsql:PostgresExtension:unaccent", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:unaccent", ",,");

            // EF Core cannot make a partitioned table: the table is made again by hand, empty, and the stored index version
            // removed, so the next start makes the partitions and builds the index into them.
            migrationBuilder.Sql("""
                DROP TABLE "CaseSearch";
                CREATE TABLE "CaseSearch" (
                    "ComplaintId" integer NOT NULL,
                    "Document" tsvector NOT NULL,
                    "Contact" character varying(300) NOT NULL,
                    "ServiceAreaId" integer NOT NULL,
                    CONSTRAINT "PK_CaseSearch" PRIMARY KEY ("ComplaintId"),
                    CONSTRAINT "FK_CaseSearch_Complaints_ComplaintId" FOREIGN KEY ("ComplaintId") REFERENCES "Complaints" ("Id") ON DELETE CASCADE
                ) PARTITION BY RANGE ("ComplaintId");
                CREATE TABLE "CaseSearch_Newer" PARTITION OF "CaseSearch" DEFAULT;
                CREATE INDEX "IX_CaseSearch_Contact" ON "CaseSearch" USING gin ("Contact" gin_trgm_ops);
                CREATE INDEX "IX_CaseSearch_ServiceAreaId_Document" ON "CaseSearch" USING gin ("ServiceAreaId", "Document");
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

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .Annotation("Npgsql:PostgresExtension:unaccent", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:btree_gin", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:unaccent", ",,");
        }
    }
}
