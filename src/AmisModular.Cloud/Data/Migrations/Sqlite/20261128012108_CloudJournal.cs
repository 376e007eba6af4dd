using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AmisModular.Cloud.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CloudJournal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cloud_journal_lines",
                columns: table => new
                {
                    BookId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Ledger = table.Column<int>(type: "INTEGER", nullable: false),
                    LineNo = table.Column<int>(type: "INTEGER", nullable: false),
                    PostingDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AccountCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CorrespondingAccountCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Debit = table.Column<long>(type: "INTEGER", nullable: false),
                    Credit = table.Column<long>(type: "INTEGER", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cloud_journal_lines", x => new { x.BookId, x.DocumentId, x.Ledger, x.LineNo });
                });

            migrationBuilder.CreateIndex(
                name: "IX_cloud_journal_lines_BookId_Ledger_PostingDate",
                table: "cloud_journal_lines",
                columns: new[] { "BookId", "Ledger", "PostingDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cloud_journal_lines");
        }
    }
}
