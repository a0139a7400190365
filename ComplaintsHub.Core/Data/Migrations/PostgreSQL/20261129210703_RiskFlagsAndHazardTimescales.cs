using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ComplaintsHub.Core.Data.Migrations.PostgreSQL
{
    /// <inheritdoc />
    public partial class RiskFlagsAndHazardTimescales : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HazardTimescales",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Severity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Step = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AfterInvestigation = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HazardTimescales", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RiskFlags",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ComplaintId = table.Column<int>(type: "integer", nullable: true),
                    ComplainantId = table.Column<int>(type: "integer", nullable: true),
                    RaisedOnCaseId = table.Column<int>(type: "integer", nullable: false),
                    Detail = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    HazardSeverity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    BecameAwareAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RaisedById = table.Column<Guid>(type: "uuid", nullable: true),
                    RaisedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RaisedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RaisedReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RemovedById = table.Column<Guid>(type: "uuid", nullable: true),
                    RemovedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RemovedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RemovalReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskFlags", x => x.Id);
                    table.CheckConstraint("CK_RiskFlags_OnCaseOrComplainant", "(\"ComplaintId\" IS NULL AND \"ComplainantId\" IS NOT NULL) OR (\"ComplaintId\" IS NOT NULL AND \"ComplainantId\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_RiskFlags_Complainants_ComplainantId",
                        column: x => x.ComplainantId,
                        principalTable: "Complainants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RiskFlags_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RiskFlags_Complaints_RaisedOnCaseId",
                        column: x => x.RaisedOnCaseId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HazardTimescales_Severity_Order",
                table: "HazardTimescales",
                columns: new[] { "Severity", "Order" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RiskFlags_ComplainantId_RemovedAt_Kind",
                table: "RiskFlags",
                columns: new[] { "ComplainantId", "RemovedAt", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_RiskFlags_ComplaintId_RemovedAt_Kind",
                table: "RiskFlags",
                columns: new[] { "ComplaintId", "RemovedAt", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_RiskFlags_RaisedOnCaseId",
                table: "RiskFlags",
                column: "RaisedOnCaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HazardTimescales");

            migrationBuilder.DropTable(
                name: "RiskFlags");
        }
    }
}
