using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsHub.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OmbudsmanAnnualReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OmbudsmanAnnualReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FinancialYearStart = table.Column<int>(type: "INTEGER", nullable: false),
                    Scheme = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Decided = table.Column<int>(type: "INTEGER", nullable: false),
                    Investigated = table.Column<int>(type: "INTEGER", nullable: true),
                    Upheld = table.Column<int>(type: "INTEGER", nullable: false),
                    CompliancePercent = table.Column<decimal>(type: "TEXT", precision: 4, scale: 1, nullable: true),
                    RemediedByCouncil = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OmbudsmanAnnualReviews", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OmbudsmanAnnualReviews_FinancialYearStart_Scheme",
                table: "OmbudsmanAnnualReviews",
                columns: new[] { "FinancialYearStart", "Scheme" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OmbudsmanAnnualReviews");
        }
    }
}
