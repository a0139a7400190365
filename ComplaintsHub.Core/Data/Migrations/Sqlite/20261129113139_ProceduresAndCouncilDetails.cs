using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsHub.Core.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UpdatedByName",
                table: "Procedures",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CouncilProfiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Signatory = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EscalationHow = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ComplaintsEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    ComplaintsPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Logo = table.Column<byte[]>(type: "BLOB", maxLength: 524288, nullable: true),
                    UpdatedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
