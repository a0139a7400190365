using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsHub.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AnnualReportVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AnnualReportVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FinancialYearStart = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    GoverningBodyResponse = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    StaffWord = table.Column<byte[]>(type: "BLOB", nullable: false),
                    StaffPdf = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CouncillorWord = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CouncillorPdf = table.Column<byte[]>(type: "BLOB", nullable: false),
                    PublishedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualReportVersions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReportVersions_FinancialYearStart_Number",
                table: "AnnualReportVersions",
                columns: new[] { "FinancialYearStart", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnnualReportVersions");
        }
    }
}
