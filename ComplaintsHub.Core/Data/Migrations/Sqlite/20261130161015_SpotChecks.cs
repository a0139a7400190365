using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsHub.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SpotChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The settings row a council already has takes the defaults: at least five cases, or 5% of those closed.
            migrationBuilder.AddColumn<int>(
                name: "SpotCheckMinimum",
                table: "ReportingSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 5);

            migrationBuilder.AddColumn<decimal>(
                name: "SpotCheckPercent",
                table: "ReportingSettings",
                type: "TEXT",
                precision: 4,
                scale: 1,
                nullable: false,
                defaultValue: 5m);

            migrationBuilder.AddColumn<int>(
                name: "SpotCheckId",
                table: "ImprovementActions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SpotChecks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FinancialYearStart = table.Column<int>(type: "INTEGER", nullable: false),
                    Quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    HeadOfServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ComplaintId = table.Column<int>(type: "INTEGER", nullable: false),
                    RightClassification = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AcknowledgedInTime = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AnsweredInTime = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CoversEveryPoint = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SaysHowToEscalate = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RemedyProportionate = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LearningCaptured = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NoAnswers = table.Column<int>(type: "INTEGER", nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    CheckedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    CheckedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CheckedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpotChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SpotChecks_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SpotChecks_StaffUsers_HeadOfServiceId",
                        column: x => x.HeadOfServiceId,
                        principalTable: "StaffUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ImprovementActions_SpotCheckId",
                table: "ImprovementActions",
                column: "SpotCheckId");

            migrationBuilder.CreateIndex(
                name: "IX_SpotChecks_ComplaintId",
                table: "SpotChecks",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_SpotChecks_FinancialYearStart_Quarter_HeadOfServiceId_ComplaintId",
                table: "SpotChecks",
                columns: new[] { "FinancialYearStart", "Quarter", "HeadOfServiceId", "ComplaintId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SpotChecks_HeadOfServiceId",
                table: "SpotChecks",
                column: "HeadOfServiceId");

            migrationBuilder.AddForeignKey(
                name: "FK_ImprovementActions_SpotChecks_SpotCheckId",
                table: "ImprovementActions",
                column: "SpotCheckId",
                principalTable: "SpotChecks",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ImprovementActions_SpotChecks_SpotCheckId",
                table: "ImprovementActions");

            migrationBuilder.DropTable(
                name: "SpotChecks");

            migrationBuilder.DropIndex(
                name: "IX_ImprovementActions_SpotCheckId",
                table: "ImprovementActions");

            migrationBuilder.DropColumn(
                name: "SpotCheckMinimum",
                table: "ReportingSettings");

            migrationBuilder.DropColumn(
                name: "SpotCheckPercent",
                table: "ReportingSettings");

            migrationBuilder.DropColumn(
                name: "SpotCheckId",
                table: "ImprovementActions");
        }
    }
}
