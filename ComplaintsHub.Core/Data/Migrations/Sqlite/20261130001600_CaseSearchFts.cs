using ComplaintsHub.Core.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsHub.Core.Data.Migrations.Sqlite
{
    /// <summary>
    /// Written by hand, not generated: EF Core cannot model FTS5 virtual tables, so the model and its snapshot do not
    /// change. Keep this migration as it is when the generated migrations around it are combined. The tables are filled by
    /// ComplaintsHub.Core.Data.Search.CaseSearchIndex (rowid = Complaints.Id), never by this migration.
    /// </summary>
    [DbContext(typeof(SqliteComplaintsDbContext))]
    [Migration("20261130001600_CaseSearchFts")]
    public partial class CaseSearchFts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "CaseSearch" USING fts5(ref, names, address, contact, body, notes,
                    content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='2 3');
                """);
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "CaseContactSearch" USING fts5(contact,
                    content='', contentless_delete=1, tokenize='trigram case_sensitive 0');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TABLE "CaseContactSearch";""");
            migrationBuilder.Sql("""DROP TABLE "CaseSearch";""");
        }
    }
}
