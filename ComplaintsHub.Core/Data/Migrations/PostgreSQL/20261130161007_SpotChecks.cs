using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ComplaintsHub.Core.Data.Migrations.PostgreSQL
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
                type: "integer",
                nullable: false,
                defaultValue: 5);

            migrationBuilder.AddColumn<decimal>(
                name: "SpotCheckPercent",
                table: "ReportingSettings",
                type: "numeric(4,1)",
                precision: 4,
                scale: 1,
                nullable: false,
                defaultValue: 5m);

            migrationBuilder.AddColumn<int>(
                name: "SpotCheckId",
                table: "ImprovementActions",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SpotChecks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FinancialYearStart = table.Column<int>(type: "integer", nullable: false),
                    Quarter = table.Column<int>(type: "integer", nullable: false),
                    HeadOfServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    ComplaintId = table.Column<int>(type: "integer", nullable: false),
                    RightClassification = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AcknowledgedInTime = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AnsweredInTime = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CoversEveryPoint = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SaysHowToEscalate = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RemedyProportionate = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    LearningCaptured = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    NoAnswers = table.Column<int>(type: "integer", nullable: false),
                    Findings = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    CheckedById = table.Column<Guid>(type: "uuid", nullable: false),
                    CheckedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CheckedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "date", nullable: false)
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
                name: "IX_SpotChecks_FinancialYearStart_Quarter_HeadOfServiceId_Compl~",
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
