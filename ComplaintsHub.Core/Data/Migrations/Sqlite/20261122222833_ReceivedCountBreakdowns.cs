using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsHub.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReceivedCountBreakdowns : Migration
    {
        /// <summary>
        /// The three tables start empty: DatabaseInitializer counts them from the stages, with the code that keeps them.
        /// </summary>
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReceivedStageCounts");

            migrationBuilder.CreateTable(
                name: "ReceivedAnswerCounts",
                columns: table => new
                {
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StageNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceAreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProcedureId = table.Column<int>(type: "INTEGER", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Stages = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceivedAnswerCounts", x => new { x.Month, x.StageNumber, x.ServiceAreaId, x.ProcedureId, x.Answer });
                });

            migrationBuilder.CreateTable(
                name: "ReceivedCategoryCounts",
                columns: table => new
                {
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StageNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceAreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProcedureId = table.Column<int>(type: "INTEGER", nullable: false),
                    CategoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Stages = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceivedCategoryCounts", x => new { x.Month, x.StageNumber, x.ServiceAreaId, x.ProcedureId, x.CategoryId });
                });

            migrationBuilder.CreateTable(
                name: "ReceivedSubjectCounts",
                columns: table => new
                {
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StageNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceAreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProcedureId = table.Column<int>(type: "INTEGER", nullable: false),
                    SubjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Stages = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceivedSubjectCounts", x => new { x.Month, x.StageNumber, x.ServiceAreaId, x.ProcedureId, x.SubjectId });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReceivedAnswerCounts");

            migrationBuilder.DropTable(
                name: "ReceivedCategoryCounts");

            migrationBuilder.DropTable(
                name: "ReceivedSubjectCounts");

            migrationBuilder.CreateTable(
                name: "ReceivedStageCounts",
                columns: table => new
                {
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StageNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceAreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProcedureId = table.Column<int>(type: "INTEGER", nullable: false),
                    SubjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    CategoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Stages = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceivedStageCounts", x => new { x.Month, x.StageNumber, x.ServiceAreaId, x.ProcedureId, x.SubjectId, x.CategoryId, x.Answer });
                });

            // The version this goes back to only counts its tables when it creates them, so they are counted here
            // (as ReportingCounter counted them: month opened, subject and category 0 when none, answer as it stands).
            migrationBuilder.Sql("""
                INSERT INTO "ReceivedStageCounts" ("Month", "StageNumber", "ServiceAreaId", "ProcedureId", "SubjectId", "CategoryId", "Answer", "Stages")
                SELECT date("OpenedOn", 'start of month'), "StageNumber", "ServiceAreaId", "ProcedureId", COALESCE("SubjectId", 0), COALESCE("CategoryId", 0),
                       CASE WHEN "WorkingDaysLate" = 0 THEN 'WithinTimescale'
                            WHEN "WorkingDaysLate" > 0 THEN 'OutsideTimescale'
                            WHEN "WithdrawnOn" IS NOT NULL THEN 'Withdrawn'
                            ELSE 'AwaitingResponse' END,
                       COUNT(*)
                FROM "ComplaintStages"
                GROUP BY 1, 2, 3, 4, 5, 6, 7;
                """);
        }
    }
}
