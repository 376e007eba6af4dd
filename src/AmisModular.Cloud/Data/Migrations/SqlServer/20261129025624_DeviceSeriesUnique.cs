using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AmisModular.Cloud.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DeviceSeriesUnique : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_devices_TenantId_Series",
                schema: "cloud",
                table: "devices",
                columns: new[] { "TenantId", "Series" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_devices_TenantId_Series",
                schema: "cloud",
                table: "devices");
        }
    }
}
