using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AmisModular.Sync.State.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class HeldInboundChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "CreatedAt",
                schema: "syncstate",
                table: "inbound_rejections",
                newName: "LastAttemptAt");

            migrationBuilder.AddColumn<int>(
                name: "Attempts",
                schema: "syncstate",
                table: "inbound_rejections",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "DocumentType",
                schema: "syncstate",
                table: "inbound_rejections",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "FirstAttemptAt",
                schema: "syncstate",
                table: "inbound_rejections",
                type: "datetimeoffset",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "Module",
                schema: "syncstate",
                table: "inbound_rejections",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Operation",
                schema: "syncstate",
                table: "inbound_rejections",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "OriginDeviceId",
                schema: "syncstate",
                table: "inbound_rejections",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Payload",
                schema: "syncstate",
                table: "inbound_rejections",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SchemaVersion",
                schema: "syncstate",
                table: "inbound_rejections",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                schema: "syncstate",
                table: "inbound_rejections",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // Rows recorded before changes were kept whole: their one attempt is the time they were recorded (their
            // module stays empty, so retries skip them).
            migrationBuilder.Sql("UPDATE [syncstate].[inbound_rejections] SET [FirstAttemptAt] = [LastAttemptAt], [Attempts] = 1;");

            migrationBuilder.CreateIndex(
                name: "IX_inbound_rejections_BookId_DocumentId",
                schema: "syncstate",
                table: "inbound_rejections",
                columns: new[] { "BookId", "DocumentId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_inbound_rejections_BookId_DocumentId",
                schema: "syncstate",
                table: "inbound_rejections");

            migrationBuilder.DropColumn(
                name: "Attempts",
                schema: "syncstate",
                table: "inbound_rejections");

            migrationBuilder.DropColumn(
                name: "DocumentType",
                schema: "syncstate",
                table: "inbound_rejections");

            migrationBuilder.DropColumn(
                name: "FirstAttemptAt",
                schema: "syncstate",
                table: "inbound_rejections");

            migrationBuilder.DropColumn(
                name: "Module",
                schema: "syncstate",
                table: "inbound_rejections");

            migrationBuilder.DropColumn(
                name: "Operation",
                schema: "syncstate",
                table: "inbound_rejections");

            migrationBuilder.DropColumn(
                name: "OriginDeviceId",
                schema: "syncstate",
                table: "inbound_rejections");

            migrationBuilder.DropColumn(
                name: "Payload",
                schema: "syncstate",
                table: "inbound_rejections");

            migrationBuilder.DropColumn(
                name: "SchemaVersion",
                schema: "syncstate",
                table: "inbound_rejections");

            migrationBuilder.DropColumn(
                name: "Version",
                schema: "syncstate",
                table: "inbound_rejections");

            migrationBuilder.RenameColumn(
                name: "LastAttemptAt",
                schema: "syncstate",
                table: "inbound_rejections",
                newName: "CreatedAt");
        }
    }
}
