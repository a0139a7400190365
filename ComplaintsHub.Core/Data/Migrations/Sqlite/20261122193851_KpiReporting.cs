using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsHub.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class KpiReporting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ComplaintStages_StageNumber_OpenedOn",
                table: "ComplaintStages");

            migrationBuilder.DropIndex(
                name: "IX_ComplaintStages_StageNumber_ResponseSentOn",
                table: "ComplaintStages");

            migrationBuilder.AddColumn<int>(
                name: "CategoryId",
                table: "ComplaintStages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ProcedureId",
                table: "ComplaintStages",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ServiceAreaId",
                table: "ComplaintStages",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SubjectId",
                table: "ComplaintStages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "WithdrawnOn",
                table: "ComplaintStages",
                type: "TEXT",
                nullable: true);

            // Existing stages take their case's reporting keys, and a withdrawn case's current stage its withdrawal date.
            migrationBuilder.Sql(@"UPDATE ""ComplaintStages"" SET
                ""ServiceAreaId"" = (SELECT c.""ServiceAreaId"" FROM ""Complaints"" c WHERE c.""Id"" = ""ComplaintStages"".""ComplaintId""),
                ""ProcedureId"" = (SELECT c.""ProcedureId"" FROM ""Complaints"" c WHERE c.""Id"" = ""ComplaintStages"".""ComplaintId""),
                ""SubjectId"" = (SELECT c.""SubjectId"" FROM ""Complaints"" c WHERE c.""Id"" = ""ComplaintStages"".""ComplaintId""),
                ""CategoryId"" = (SELECT c.""CategoryId"" FROM ""Complaints"" c WHERE c.""Id"" = ""ComplaintStages"".""ComplaintId"");");
            migrationBuilder.Sql(@"UPDATE ""ComplaintStages"" SET ""WithdrawnOn"" =
                -- the UTC date: close enough for cases withdrawn before reports existed (only demo data).
                (SELECT date(c.""ClosedAt"") FROM ""Complaints"" c WHERE c.""Id"" = ""ComplaintStages"".""ComplaintId"")
                WHERE EXISTS (SELECT 1 FROM ""Complaints"" c WHERE c.""Id"" = ""ComplaintStages"".""ComplaintId""
                    AND c.""Status"" = 'Withdrawn' AND c.""CurrentStage"" = ""ComplaintStages"".""StageNumber"" AND c.""ClosedAt"" IS NOT NULL);");

            migrationBuilder.CreateTable(
                name: "HousingStock",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FinancialYearStart = table.Column<int>(type: "INTEGER", nullable: false),
                    Homes = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HousingStock", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReportingSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    TimescaleTargetPercent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
                name: "IX_ComplaintStages_Received",
                table: "ComplaintStages",
                columns: new[] { "OpenedOn", "StageNumber", "ServiceAreaId", "ProcedureId", "SubjectId", "CategoryId", "WorkingDaysLate", "WithdrawnOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintStages_Responses",
                table: "ComplaintStages",
                columns: new[] { "ResponseSentOn", "StageNumber", "ServiceAreaId", "ProcedureId", "Outcome", "WorkingDaysLate", "WorkingDaysToRespond", "OpenedOn", "WithdrawnOn", "AcknowledgedAt", "AcknowledgementDue", "ResponseDue", "ComplaintId" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Closed",
                table: "Complaints",
                columns: new[] { "ClosedAt", "Classification", "Status", "CurrentStage", "Outcome", "ServiceAreaId", "ProcedureId" });

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
                name: "IX_ComplaintStages_Received",
                table: "ComplaintStages");

            migrationBuilder.DropIndex(
                name: "IX_ComplaintStages_Responses",
                table: "ComplaintStages");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_Closed",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "CategoryId",
                table: "ComplaintStages");

            migrationBuilder.DropColumn(
                name: "ProcedureId",
                table: "ComplaintStages");

            migrationBuilder.DropColumn(
                name: "ServiceAreaId",
                table: "ComplaintStages");

            migrationBuilder.DropColumn(
                name: "SubjectId",
                table: "ComplaintStages");

            migrationBuilder.DropColumn(
                name: "WithdrawnOn",
                table: "ComplaintStages");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintStages_StageNumber_OpenedOn",
                table: "ComplaintStages",
                columns: new[] { "StageNumber", "OpenedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintStages_StageNumber_ResponseSentOn",
                table: "ComplaintStages",
                columns: new[] { "StageNumber", "ResponseSentOn" });
        }
    }
}
