using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsHub.Core.Data.Migrations.PostgreSQL
{
    /// <inheritdoc />
    public partial class ListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Channel",
                table: "Complaints",
                column: "Channel");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_OpenByDue",
                table: "Complaints",
                columns: new[] { "NextDueDate", "ReceivedAt", "Id", "ServiceAreaId", "AllocatedOfficerId", "LoggedById" },
                filter: "\"Status\" NOT IN ('Closed', 'Withdrawn')");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_ReceivedAt_Id",
                table: "Complaints",
                columns: new[] { "ReceivedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Complaints_Channel",
                table: "Complaints");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_OpenByDue",
                table: "Complaints");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_ReceivedAt_Id",
                table: "Complaints");
        }
    }
}
