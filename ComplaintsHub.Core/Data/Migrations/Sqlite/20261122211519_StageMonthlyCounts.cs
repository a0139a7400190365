using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsHub.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StageMonthlyCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateTable(
                name: "StageMonthlyCounts",
                columns: table => new
                {
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StageNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceAreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProcedureId = table.Column<int>(type: "INTEGER", nullable: false),
                    Stages = table.Column<int>(type: "INTEGER", nullable: false),
                    WithinTimescale = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StageMonthlyCounts", x => new { x.Month, x.Measure, x.StageNumber, x.ServiceAreaId, x.ProcedureId });
                });

            // Count the stages already recorded; from here on every save keeps the counts (StageMonthlyCounter).
            migrationBuilder.Sql("""
                INSERT INTO "StageMonthlyCounts" ("Month", "Measure", "StageNumber", "ServiceAreaId", "ProcedureId", "Stages", "WithinTimescale")
                SELECT date("OpenedOn", 'start of month'), 'Opened', "StageNumber", "ServiceAreaId", "ProcedureId", count(*), 0
                FROM "ComplaintStages"
                GROUP BY date("OpenedOn", 'start of month'), "StageNumber", "ServiceAreaId", "ProcedureId";
                """);
            migrationBuilder.Sql("""
                INSERT INTO "StageMonthlyCounts" ("Month", "Measure", "StageNumber", "ServiceAreaId", "ProcedureId", "Stages", "WithinTimescale")
                SELECT date("ResponseSentOn", 'start of month'), 'Responded', "StageNumber", "ServiceAreaId", "ProcedureId", count(*), sum(CASE WHEN "WorkingDaysLate" = 0 THEN 1 ELSE 0 END)
                FROM "ComplaintStages"
                WHERE "ResponseSentOn" IS NOT NULL
                GROUP BY date("ResponseSentOn", 'start of month'), "StageNumber", "ServiceAreaId", "ProcedureId";
                """);
            migrationBuilder.Sql("""
                INSERT INTO "ReceivedStageCounts" ("Month", "StageNumber", "ServiceAreaId", "ProcedureId", "SubjectId", "CategoryId", "Answer", "Stages")
                SELECT date("OpenedOn", 'start of month'), "StageNumber", "ServiceAreaId", "ProcedureId", coalesce("SubjectId", 0), coalesce("CategoryId", 0),
                    CASE WHEN "WorkingDaysLate" = 0 THEN 'WithinTimescale' WHEN "WorkingDaysLate" > 0 THEN 'OutsideTimescale' WHEN "WithdrawnOn" IS NOT NULL THEN 'Withdrawn' ELSE 'AwaitingResponse' END, count(*)
                FROM "ComplaintStages"
                GROUP BY date("OpenedOn", 'start of month'), "StageNumber", "ServiceAreaId", "ProcedureId", coalesce("SubjectId", 0), coalesce("CategoryId", 0),
                    CASE WHEN "WorkingDaysLate" = 0 THEN 'WithinTimescale' WHEN "WorkingDaysLate" > 0 THEN 'OutsideTimescale' WHEN "WithdrawnOn" IS NOT NULL THEN 'Withdrawn' ELSE 'AwaitingResponse' END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReceivedStageCounts");

            migrationBuilder.DropTable(
                name: "StageMonthlyCounts");
        }
    }
}
