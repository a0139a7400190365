using ComplaintsHub.Core.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsHub.Core.Data.Migrations.Sqlite
{
    /// <summary>
    /// Written by hand (expression indexes, which EF Core cannot model; the model and its snapshot do not change): the case
    /// list filtered by subject, category or channel over every status, in the list's order. With the single-column indexes
    /// alone SQLite read every case of the category and sorted them (137 ms for one of eight categories at a million
    /// cases); these hold each value's cases in the list's order, so the first page is read and nothing sorted. PostgreSQL
    /// reads the due-order index and checks the column as it goes, and needs none of them.
    /// </summary>
    [DbContext(typeof(SqliteComplaintsDbContext))]
    [Migration("20261130040000_FilterOrderIndexes")]
    public partial class FilterOrderIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Complaints_SubjectDueOrder" ON "Complaints" ("SubjectId", ("NextDueDate" IS NULL), "NextDueDate", "ReceivedAt", "Id");
                """);
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Complaints_CategoryDueOrder" ON "Complaints" ("CategoryId", ("NextDueDate" IS NULL), "NextDueDate", "ReceivedAt", "Id");
                """);
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Complaints_ChannelDueOrder" ON "Complaints" ("Channel", ("NextDueDate" IS NULL), "NextDueDate", "ReceivedAt", "Id");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_Complaints_ChannelDueOrder";""");
            migrationBuilder.Sql("""DROP INDEX "IX_Complaints_CategoryDueOrder";""");
            migrationBuilder.Sql("""DROP INDEX "IX_Complaints_SubjectDueOrder";""");
        }
    }
}
