using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsHub.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StageOfficerAllocated : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ComplaintStages_Responses",
                table: "ComplaintStages");

            migrationBuilder.AddColumn<bool>(
                name: "OfficerAllocated",
                table: "ComplaintStages",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Stages of cases already allocated (allocation is never taken away, so the case's current officer says it).
            migrationBuilder.Sql("""
                UPDATE "ComplaintStages" SET "OfficerAllocated" = TRUE
                WHERE "ComplaintId" IN (SELECT "Id" FROM "Complaints" WHERE "AllocatedOfficerId" IS NOT NULL);
                """);

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintStages_Responses",
                table: "ComplaintStages",
                columns: new[] { "ResponseSentOn", "StageNumber", "ServiceAreaId", "ProcedureId", "Outcome", "WorkingDaysLate", "WorkingDaysToRespond", "OpenedOn", "WithdrawnOn", "AcknowledgedAt", "AcknowledgementDue", "ResponseDue", "OfficerAllocated" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ComplaintStages_Responses",
                table: "ComplaintStages");

            migrationBuilder.DropColumn(
                name: "OfficerAllocated",
                table: "ComplaintStages");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintStages_Responses",
                table: "ComplaintStages",
                columns: new[] { "ResponseSentOn", "StageNumber", "ServiceAreaId", "ProcedureId", "Outcome", "WorkingDaysLate", "WorkingDaysToRespond", "OpenedOn", "WithdrawnOn", "AcknowledgedAt", "AcknowledgementDue", "ResponseDue", "ComplaintId" });
        }
    }
}
