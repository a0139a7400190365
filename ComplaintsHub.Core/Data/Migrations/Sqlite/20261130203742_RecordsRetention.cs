using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsHub.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RecordsRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Complaints_ProcedureId",
                table: "Complaints");

            migrationBuilder.AddColumn<int>(
                name: "RetentionYears",
                table: "Procedures",
                type: "INTEGER",
                nullable: false,
                // Councils already running keep files the common six years until they say otherwise; 0 would anonymise every closed case at once.
                defaultValue: 6);

            migrationBuilder.AlterColumn<int>(
                name: "ComplainantId",
                table: "PersonalDataAccessLog",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<int>(
                name: "ComplaintId",
                table: "PersonalDataAccessLog",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "What",
                table: "PersonalDataAccessLog",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AnonymisedAt",
                table: "Complaints",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LegalHoldByName",
                table: "Complaints",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LegalHoldReason",
                table: "Complaints",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LegalHoldSince",
                table: "Complaints",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AnonymisationRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RanAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    People = table.Column<int>(type: "INTEGER", nullable: false),
                    Cases = table.Column<int>(type: "INTEGER", nullable: false),
                    HeldCases = table.Column<int>(type: "INTEGER", nullable: false),
                    AccessLogLinesRemoved = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnonymisationRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SubjectAccessRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Requester = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IncludeStaffNames = table.Column<bool>(type: "INTEGER", nullable: false),
                    SentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubjectAccessRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SubjectAccessPerson",
                columns: table => new
                {
                    SubjectAccessRequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    ComplainantId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubjectAccessPerson", x => new { x.SubjectAccessRequestId, x.ComplainantId });
                    table.ForeignKey(
                        name: "FK_SubjectAccessPerson_Complainants_ComplainantId",
                        column: x => x.ComplainantId,
                        principalTable: "Complainants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SubjectAccessPerson_SubjectAccessRequests_SubjectAccessRequestId",
                        column: x => x.SubjectAccessRequestId,
                        principalTable: "SubjectAccessRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PersonalDataAccessLog_AccessedAt",
                table: "PersonalDataAccessLog",
                column: "AccessedAt");

            migrationBuilder.CreateIndex(
                name: "IX_PersonalDataAccessLog_ComplaintId_AccessedAt",
                table: "PersonalDataAccessLog",
                columns: new[] { "ComplaintId", "AccessedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Retention",
                table: "Complaints",
                columns: new[] { "ProcedureId", "ClosedAt" },
                filter: "\"AnonymisedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AnonymisationRuns_RanAt",
                table: "AnonymisationRuns",
                column: "RanAt");

            migrationBuilder.CreateIndex(
                name: "IX_SubjectAccessPerson_ComplainantId",
                table: "SubjectAccessPerson",
                column: "ComplainantId");

            migrationBuilder.CreateIndex(
                name: "IX_SubjectAccessRequests_SentOn_DueOn",
                table: "SubjectAccessRequests",
                columns: new[] { "SentOn", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The earlier release's log names a person on every line: lines about a case or an export alone cannot go back.
            migrationBuilder.Sql("""DELETE FROM "PersonalDataAccessLog" WHERE "ComplainantId" IS NULL;""");

            migrationBuilder.DropTable(
                name: "AnonymisationRuns");

            migrationBuilder.DropTable(
                name: "SubjectAccessPerson");

            migrationBuilder.DropTable(
                name: "SubjectAccessRequests");

            migrationBuilder.DropIndex(
                name: "IX_PersonalDataAccessLog_AccessedAt",
                table: "PersonalDataAccessLog");

            migrationBuilder.DropIndex(
                name: "IX_PersonalDataAccessLog_ComplaintId_AccessedAt",
                table: "PersonalDataAccessLog");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_Retention",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "RetentionYears",
                table: "Procedures");

            migrationBuilder.DropColumn(
                name: "ComplaintId",
                table: "PersonalDataAccessLog");

            migrationBuilder.DropColumn(
                name: "What",
                table: "PersonalDataAccessLog");

            migrationBuilder.Sql("""ALTER TABLE "Complaints" DROP COLUMN "AnonymisedAt";""");

            migrationBuilder.Sql("""ALTER TABLE "Complaints" DROP COLUMN "LegalHoldByName";""");

            migrationBuilder.Sql("""ALTER TABLE "Complaints" DROP COLUMN "LegalHoldReason";""");

            migrationBuilder.Sql("""ALTER TABLE "Complaints" DROP COLUMN "LegalHoldSince";""");

            migrationBuilder.AlterColumn<int>(
                name: "ComplainantId",
                table: "PersonalDataAccessLog",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_ProcedureId",
                table: "Complaints",
                column: "ProcedureId");

            // The Complaints columns go by SQLite's own DROP COLUMN, not EF's table rebuild, which would make the table again
            // with only the indexes the model knows and lose the hand-written expression indexes of ListOrderIndexes and
            // FilterOrderIndexes. They are made again here in case an older SQLite rebuilt it anyway.
            migrationBuilder.Sql("""
                CREATE INDEX IF NOT EXISTS "IX_Complaints_OpenDueOrder" ON "Complaints" (("NextDueDate" IS NULL), "NextDueDate", "ReceivedAt", "Id",
                    "ServiceAreaId", "AllocatedOfficerId", "LoggedById", "SubjectId", "CategoryId", "Channel")
                    WHERE "Status" NOT IN ('Closed', 'Withdrawn');
                """);
            migrationBuilder.Sql("""CREATE INDEX IF NOT EXISTS "IX_Complaints_DueOrder" ON "Complaints" (("NextDueDate" IS NULL), "NextDueDate", "ReceivedAt", "Id");""");
            migrationBuilder.Sql("""CREATE INDEX IF NOT EXISTS "IX_Complaints_SubjectDueOrder" ON "Complaints" ("SubjectId", ("NextDueDate" IS NULL), "NextDueDate", "ReceivedAt", "Id");""");
            migrationBuilder.Sql("""CREATE INDEX IF NOT EXISTS "IX_Complaints_CategoryDueOrder" ON "Complaints" ("CategoryId", ("NextDueDate" IS NULL), "NextDueDate", "ReceivedAt", "Id");""");
            migrationBuilder.Sql("""CREATE INDEX IF NOT EXISTS "IX_Complaints_ChannelDueOrder" ON "Complaints" ("Channel", ("NextDueDate" IS NULL), "NextDueDate", "ReceivedAt", "Id");""");
        }
    }
}
