using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ComplaintsHub.Core.Data.Migrations.PostgreSQL
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FinancialYearStart = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    GoverningBodyResponse = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    StaffWord = table.Column<byte[]>(type: "bytea", nullable: false),
                    StaffPdf = table.Column<byte[]>(type: "bytea", nullable: false),
                    CouncillorWord = table.Column<byte[]>(type: "bytea", nullable: false),
                    CouncillorPdf = table.Column<byte[]>(type: "bytea", nullable: false),
                    PublishedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
