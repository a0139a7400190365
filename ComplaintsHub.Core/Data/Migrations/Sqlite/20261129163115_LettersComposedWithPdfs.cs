using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsHub.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LettersComposedWithPdfs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "WhatYouToldUs",
                table: "LetterDrafts",
                type: "TEXT",
                maxLength: 10000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "WordingEdited",
                table: "LetterDrafts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<byte[]>(
                name: "PdfContent",
                table: "IssuedLetters",
                type: "BLOB",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "WhatYouToldUs",
                table: "LetterDrafts");

            migrationBuilder.DropColumn(
                name: "WordingEdited",
                table: "LetterDrafts");

            migrationBuilder.DropColumn(
                name: "PdfContent",
                table: "IssuedLetters");
        }
    }
}
