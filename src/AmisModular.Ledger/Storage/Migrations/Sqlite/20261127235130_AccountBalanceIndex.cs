using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AmisModular.Ledger.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AccountBalanceIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_core_journal_lines_account_balance",
                table: "core_journal_lines",
                columns: new[] { "CompanyId", "Book", "AccountCode", "PostingDate", "Debit", "Credit" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_core_journal_lines_account_balance",
                table: "core_journal_lines");
        }
    }
}
