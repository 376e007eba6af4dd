using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AmisModular.Cloud.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TenantLicenceValidity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LicenceId",
                table: "cloud_tenants",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LicenceValidUntil",
                table: "cloud_tenants",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LicenceId",
                table: "cloud_tenants");

            migrationBuilder.DropColumn(
                name: "LicenceValidUntil",
                table: "cloud_tenants");
        }
    }
}
