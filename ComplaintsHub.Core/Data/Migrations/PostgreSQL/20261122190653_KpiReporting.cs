using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ComplaintsHub.Core.Data.Migrations.PostgreSQL
{
    /// <inheritdoc />
    public partial class KpiReporting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HousingStock",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FinancialYearStart = table.Column<int>(type: "integer", nullable: false),
                    Homes = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HousingStock", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReportingSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    TimescaleTargetPercent = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportingSettings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TimelineEvents_Type_OccurredAt",
                table: "TimelineEvents",
                columns: new[] { "Type", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OmbudsmanEnquiries_ReceivedOn",
                table: "OmbudsmanEnquiries",
                column: "ReceivedOn");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintStages_OpenedOn",
                table: "ComplaintStages",
                column: "OpenedOn");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintStages_ResponseSentOn",
                table: "ComplaintStages",
                column: "ResponseSentOn");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_ClosedAt",
                table: "Complaints",
                column: "ClosedAt");

            migrationBuilder.CreateIndex(
                name: "IX_HousingStock_FinancialYearStart",
                table: "HousingStock",
                column: "FinancialYearStart",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HousingStock");

            migrationBuilder.DropTable(
                name: "ReportingSettings");

            migrationBuilder.DropIndex(
                name: "IX_TimelineEvents_Type_OccurredAt",
                table: "TimelineEvents");

            migrationBuilder.DropIndex(
                name: "IX_OmbudsmanEnquiries_ReceivedOn",
                table: "OmbudsmanEnquiries");

            migrationBuilder.DropIndex(
                name: "IX_ComplaintStages_OpenedOn",
                table: "ComplaintStages");

            migrationBuilder.DropIndex(
                name: "IX_ComplaintStages_ResponseSentOn",
                table: "ComplaintStages");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_ClosedAt",
                table: "Complaints");
        }
    }
}
