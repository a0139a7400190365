using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsHub.Core.Data.Migrations.PostgreSQL
{
    /// <inheritdoc />
    public partial class ListOrderIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The case list's order (no date last, then by date, received, id) as expression indexes, which EF cannot model:
            // the default list of open cases and the list of every case read the first page of an index instead of sorting.
            // The open one carries the visibility and filter columns, so a team leader's areas and a subject, category or
            // channel are checked in the index; its condition is EF's translation of CaseFilters.Open, term for term.
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Complaints_OpenDueOrder" ON "Complaints" (("NextDueDate" IS NULL), "NextDueDate", "ReceivedAt", "Id",
                    "ServiceAreaId", "AllocatedOfficerId", "LoggedById", "SubjectId", "CategoryId", "Channel")
                    WHERE "Status" NOT IN ('Closed', 'Withdrawn');
                """);
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Complaints_DueOrder" ON "Complaints" (("NextDueDate" IS NULL), "NextDueDate", "ReceivedAt", "Id");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_Complaints_DueOrder";""");
            migrationBuilder.Sql("""DROP INDEX "IX_Complaints_OpenDueOrder";""");
        }
    }
}
