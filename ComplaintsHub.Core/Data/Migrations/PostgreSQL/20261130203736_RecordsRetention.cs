using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ComplaintsHub.Core.Data.Migrations.PostgreSQL
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
                type: "integer",
                nullable: false,
                // Councils already running keep files the common six years until they say otherwise; 0 would anonymise every closed case at once.
                defaultValue: 6);

            migrationBuilder.AlterColumn<int>(
                name: "ComplainantId",
                table: "PersonalDataAccessLog",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AddColumn<int>(
                name: "ComplaintId",
                table: "PersonalDataAccessLog",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "What",
                table: "PersonalDataAccessLog",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "AnonymisedAt",
                table: "Complaints",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LegalHoldByName",
                table: "Complaints",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LegalHoldReason",
                table: "Complaints",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LegalHoldSince",
                table: "Complaints",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AnonymisationRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RanAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    People = table.Column<int>(type: "integer", nullable: false),
                    Cases = table.Column<int>(type: "integer", nullable: false),
                    HeldCases = table.Column<int>(type: "integer", nullable: false),
                    AccessLogLinesRemoved = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnonymisationRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SubjectAccessRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Requester = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IncludeStaffNames = table.Column<bool>(type: "boolean", nullable: false),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubjectAccessRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SubjectAccessPerson",
                columns: table => new
                {
                    SubjectAccessRequestId = table.Column<int>(type: "integer", nullable: false),
                    ComplainantId = table.Column<int>(type: "integer", nullable: false)
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
                        name: "FK_SubjectAccessPerson_SubjectAccessRequests_SubjectAccessRequ~",
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

            migrationBuilder.DropColumn(
                name: "AnonymisedAt",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "LegalHoldByName",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "LegalHoldReason",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "LegalHoldSince",
                table: "Complaints");

            migrationBuilder.AlterColumn<int>(
                name: "ComplainantId",
                table: "PersonalDataAccessLog",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_ProcedureId",
                table: "Complaints",
                column: "ProcedureId");
        }
    }
}
