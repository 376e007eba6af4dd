using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AmisModular.Cloud.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class TenantLicenceValidity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LicenceId",
                schema: "cloud",
                table: "tenants",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LicenceValidUntil",
                schema: "cloud",
                table: "tenants",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LicenceId",
                schema: "cloud",
                table: "tenants");

            migrationBuilder.DropColumn(
                name: "LicenceValidUntil",
                schema: "cloud",
                table: "tenants");
        }
    }
}
