using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ComplaintsHub.Core.Data.Migrations.PostgreSQL
{
    /// <inheritdoc />
    public partial class CodeSelfAssessment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CodeProvisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Scheme = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Reference = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Section = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Requirement = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CodeProvisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SelfAssessmentAnswers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FinancialYearStart = table.Column<int>(type: "integer", nullable: false),
                    CodeProvisionId = table.Column<int>(type: "integer", nullable: false),
                    Compliance = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Evidence = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    Action = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    CarriedForward = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelfAssessmentAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SelfAssessmentAnswers_CodeProvisions_CodeProvisionId",
                        column: x => x.CodeProvisionId,
                        principalTable: "CodeProvisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CodeProvisions_Scheme_Reference",
                table: "CodeProvisions",
                columns: new[] { "Scheme", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SelfAssessmentAnswers_CodeProvisionId",
                table: "SelfAssessmentAnswers",
                column: "CodeProvisionId");

            migrationBuilder.CreateIndex(
                name: "IX_SelfAssessmentAnswers_FinancialYearStart_CodeProvisionId",
                table: "SelfAssessmentAnswers",
                columns: new[] { "FinancialYearStart", "CodeProvisionId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SelfAssessmentAnswers");

            migrationBuilder.DropTable(
                name: "CodeProvisions");
        }
    }
}
