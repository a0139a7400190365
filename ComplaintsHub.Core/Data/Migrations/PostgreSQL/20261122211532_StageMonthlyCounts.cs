using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsHub.Core.Data.Migrations.PostgreSQL
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
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    StageNumber = table.Column<int>(type: "integer", nullable: false),
                    ServiceAreaId = table.Column<int>(type: "integer", nullable: false),
                    ProcedureId = table.Column<int>(type: "integer", nullable: false),
                    SubjectId = table.Column<int>(type: "integer", nullable: false),
                    CategoryId = table.Column<int>(type: "integer", nullable: false),
                    Answer = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Stages = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReceivedStageCounts", x => new { x.Month, x.StageNumber, x.ServiceAreaId, x.ProcedureId, x.SubjectId, x.CategoryId, x.Answer });
                });

            migrationBuilder.CreateTable(
                name: "StageMonthlyCounts",
                columns: table => new
                {
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Measure = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StageNumber = table.Column<int>(type: "integer", nullable: false),
                    ServiceAreaId = table.Column<int>(type: "integer", nullable: false),
                    ProcedureId = table.Column<int>(type: "integer", nullable: false),
                    Stages = table.Column<int>(type: "integer", nullable: false),
                    WithinTimescale = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StageMonthlyCounts", x => new { x.Month, x.Measure, x.StageNumber, x.ServiceAreaId, x.ProcedureId });
                });

            // Count the stages already recorded; from here on every save keeps the counts (StageMonthlyCounter).
            migrationBuilder.Sql("""
                INSERT INTO "StageMonthlyCounts" ("Month", "Measure", "StageNumber", "ServiceAreaId", "ProcedureId", "Stages", "WithinTimescale")
                SELECT date_trunc('month', "OpenedOn")::date, 'Opened', "StageNumber", "ServiceAreaId", "ProcedureId", count(*), 0
                FROM "ComplaintStages"
                GROUP BY date_trunc('month', "OpenedOn")::date, "StageNumber", "ServiceAreaId", "ProcedureId";
                """);
            migrationBuilder.Sql("""
                INSERT INTO "StageMonthlyCounts" ("Month", "Measure", "StageNumber", "ServiceAreaId", "ProcedureId", "Stages", "WithinTimescale")
                SELECT date_trunc('month', "ResponseSentOn")::date, 'Responded', "StageNumber", "ServiceAreaId", "ProcedureId", count(*), count(*) FILTER (WHERE "WorkingDaysLate" = 0)
                FROM "ComplaintStages"
                WHERE "ResponseSentOn" IS NOT NULL
                GROUP BY date_trunc('month', "ResponseSentOn")::date, "StageNumber", "ServiceAreaId", "ProcedureId";
                """);
            migrationBuilder.Sql("""
                INSERT INTO "ReceivedStageCounts" ("Month", "StageNumber", "ServiceAreaId", "ProcedureId", "SubjectId", "CategoryId", "Answer", "Stages")
                SELECT date_trunc('month', "OpenedOn")::date, "StageNumber", "ServiceAreaId", "ProcedureId", coalesce("SubjectId", 0), coalesce("CategoryId", 0),
                    CASE WHEN "WorkingDaysLate" = 0 THEN 'WithinTimescale' WHEN "WorkingDaysLate" > 0 THEN 'OutsideTimescale' WHEN "WithdrawnOn" IS NOT NULL THEN 'Withdrawn' ELSE 'AwaitingResponse' END, count(*)
                FROM "ComplaintStages"
                GROUP BY date_trunc('month', "OpenedOn")::date, "StageNumber", "ServiceAreaId", "ProcedureId", coalesce("SubjectId", 0), coalesce("CategoryId", 0),
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
