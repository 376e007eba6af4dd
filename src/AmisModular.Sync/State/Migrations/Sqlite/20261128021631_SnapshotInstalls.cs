using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AmisModular.Sync.State.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SnapshotInstalls : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "syncstate_snapshot_documents",
                columns: table => new
                {
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_syncstate_snapshot_documents", x => x.DocumentId);
                });

            migrationBuilder.CreateTable(
                name: "syncstate_snapshot_installs",
                columns: table => new
                {
                    SnapshotId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    BookId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Cursor = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Documents = table.Column<long>(type: "INTEGER", nullable: false),
                    Applied = table.Column<long>(type: "INTEGER", nullable: false),
                    Rejected = table.Column<int>(type: "INTEGER", nullable: false),
                    RemoveMissing = table.Column<bool>(type: "INTEGER", nullable: false),
                    Removed = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_syncstate_snapshot_installs", x => x.SnapshotId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_syncstate_snapshot_installs_BookId",
                table: "syncstate_snapshot_installs",
                column: "BookId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "syncstate_snapshot_documents");

            migrationBuilder.DropTable(
                name: "syncstate_snapshot_installs");
        }
    }
}
