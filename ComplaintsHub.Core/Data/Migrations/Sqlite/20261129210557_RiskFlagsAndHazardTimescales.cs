using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsHub.Core.Data.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Step = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AfterInvestigation = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HazardTimescales", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RiskFlags",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ComplaintId = table.Column<int>(type: "INTEGER", nullable: true),
                    ComplainantId = table.Column<int>(type: "INTEGER", nullable: true),
                    RaisedOnCaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    HazardSeverity = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    BecameAwareAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RaisedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    RaisedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RaisedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RaisedReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RemovedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    RemovedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RemovedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RemovalReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
