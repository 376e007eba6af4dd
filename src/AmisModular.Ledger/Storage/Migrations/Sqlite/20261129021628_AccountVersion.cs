using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AmisModular.Ledger.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AccountVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "core_accounts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // The seed rows keep the default 0 (never synced); sub-accounts opened before this are at their first version.
            migrationBuilder.Sql("UPDATE \"core_accounts\" SET \"Version\" = 1 WHERE \"CompanyId\" IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Version",
                table: "core_accounts");
        }
    }
}
