using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AmisModular.Modules.Cash.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCash : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cash_vouchers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BranchId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Books = table.Column<int>(type: "INTEGER", nullable: false),
                    TaxNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    InternalNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    DocumentDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PostingDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PersonName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AttachedDocuments = table.Column<int>(type: "INTEGER", nullable: false),
                    CashAccount = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cash_vouchers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cash_voucher_lines",
                columns: table => new
                {
                    VoucherId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LineNo = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CounterAccount = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cash_voucher_lines", x => new { x.VoucherId, x.LineNo });
                    table.ForeignKey(
                        name: "FK_cash_voucher_lines_cash_vouchers_VoucherId",
                        column: x => x.VoucherId,
                        principalTable: "cash_vouchers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cash_vouchers_CompanyId_Kind_InternalNumber",
                table: "cash_vouchers",
                columns: new[] { "CompanyId", "Kind", "InternalNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cash_vouchers_CompanyId_Kind_TaxNumber",
                table: "cash_vouchers",
                columns: new[] { "CompanyId", "Kind", "TaxNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cash_vouchers_CompanyId_PostingDate",
                table: "cash_vouchers",
                columns: new[] { "CompanyId", "PostingDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cash_voucher_lines");

            migrationBuilder.DropTable(
                name: "cash_vouchers");
        }
    }
}
