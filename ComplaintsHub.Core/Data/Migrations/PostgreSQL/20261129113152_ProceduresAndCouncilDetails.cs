using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsHub.Core.Data.Migrations.PostgreSQL
{
    /// <inheritdoc />
    public partial class ProceduresAndCouncilDetails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAt",
                table: "Procedures",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedByName",
                table: "Procedures",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CouncilProfiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Signatory = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EscalationHow = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ComplaintsEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    ComplaintsPhone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Logo = table.Column<byte[]>(type: "bytea", maxLength: 524288, nullable: true),
                    UpdatedByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilProfiles", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CouncilProfiles");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "Procedures");

            migrationBuilder.DropColumn(
                name: "UpdatedByName",
                table: "Procedures");
        }
    }
}
