using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AmisModular.Sync.State.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SnapshotInstalls : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "snapshot_documents",
                schema: "syncstate",
                columns: table => new
                {
                    DocumentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_snapshot_documents", x => x.DocumentId);
                });

            migrationBuilder.CreateTable(
                name: "snapshot_installs",
                schema: "syncstate",
                columns: table => new
                {
                    SnapshotId = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    BookId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Cursor = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Documents = table.Column<long>(type: "bigint", nullable: false),
                    Applied = table.Column<long>(type: "bigint", nullable: false),
                    Rejected = table.Column<int>(type: "int", nullable: false),
                    RemoveMissing = table.Column<bool>(type: "bit", nullable: false),
                    Removed = table.Column<int>(type: "int", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_snapshot_installs", x => x.SnapshotId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_snapshot_installs_BookId",
                schema: "syncstate",
                table: "snapshot_installs",
                column: "BookId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "snapshot_documents",
                schema: "syncstate");

            migrationBuilder.DropTable(
                name: "snapshot_installs",
                schema: "syncstate");
        }
    }
}
