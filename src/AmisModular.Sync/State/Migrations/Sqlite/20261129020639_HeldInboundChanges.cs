using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AmisModular.Sync.State.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HeldInboundChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "CreatedAt",
                table: "syncstate_inbound_rejections",
                newName: "LastAttemptAt");

            migrationBuilder.AddColumn<int>(
                name: "Attempts",
                table: "syncstate_inbound_rejections",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "DocumentType",
                table: "syncstate_inbound_rejections",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "FirstAttemptAt",
                table: "syncstate_inbound_rejections",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "Module",
                table: "syncstate_inbound_rejections",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Operation",
                table: "syncstate_inbound_rejections",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "OriginDeviceId",
                table: "syncstate_inbound_rejections",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Payload",
                table: "syncstate_inbound_rejections",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SchemaVersion",
                table: "syncstate_inbound_rejections",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "Version",
                table: "syncstate_inbound_rejections",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Rows recorded before changes were kept whole: their one attempt is the time they were recorded (their
            // module stays empty, so retries skip them).
            migrationBuilder.Sql("UPDATE \"syncstate_inbound_rejections\" SET \"FirstAttemptAt\" = \"LastAttemptAt\", \"Attempts\" = 1;");

            migrationBuilder.CreateIndex(
                name: "IX_syncstate_inbound_rejections_BookId_DocumentId",
                table: "syncstate_inbound_rejections",
                columns: new[] { "BookId", "DocumentId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_syncstate_inbound_rejections_BookId_DocumentId",
                table: "syncstate_inbound_rejections");

            migrationBuilder.DropColumn(
                name: "Attempts",
                table: "syncstate_inbound_rejections");

            migrationBuilder.DropColumn(
                name: "DocumentType",
                table: "syncstate_inbound_rejections");

            migrationBuilder.DropColumn(
                name: "FirstAttemptAt",
                table: "syncstate_inbound_rejections");

            migrationBuilder.DropColumn(
                name: "Module",
                table: "syncstate_inbound_rejections");

            migrationBuilder.DropColumn(
                name: "Operation",
                table: "syncstate_inbound_rejections");

            migrationBuilder.DropColumn(
                name: "OriginDeviceId",
                table: "syncstate_inbound_rejections");

            migrationBuilder.DropColumn(
                name: "Payload",
                table: "syncstate_inbound_rejections");

            migrationBuilder.DropColumn(
                name: "SchemaVersion",
                table: "syncstate_inbound_rejections");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "syncstate_inbound_rejections");

            migrationBuilder.RenameColumn(
                name: "LastAttemptAt",
                table: "syncstate_inbound_rejections",
                newName: "CreatedAt");
        }
    }
}
