using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AmisModular.Sync.State.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialSyncState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "syncstate_acks",
                columns: table => new
                {
                    DeviceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Seq = table.Column<long>(type: "INTEGER", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ServerSeq = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: true),
                    FinalNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AckedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_syncstate_acks", x => new { x.DeviceId, x.Seq });
                });

            migrationBuilder.CreateTable(
                name: "syncstate_conflict_copies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Seq = table.Column<long>(type: "INTEGER", nullable: false),
                    Module = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DocumentType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LocalPayload = table.Column<string>(type: "TEXT", nullable: false),
                    ServerVersion = table.Column<long>(type: "INTEGER", nullable: true),
                    ServerPayload = table.Column<string>(type: "TEXT", nullable: true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_syncstate_conflict_copies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "syncstate_credential",
                columns: table => new
                {
                    DeviceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Epoch = table.Column<int>(type: "INTEGER", nullable: false),
                    Token = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TenantTaxCode = table.Column<string>(type: "TEXT", maxLength: 14, nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BookId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Branch = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Series = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ServerEpoch = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EnrolledAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_syncstate_credential", x => x.DeviceId);
                });

            migrationBuilder.CreateTable(
                name: "syncstate_cursors",
                columns: table => new
                {
                    BookId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Cursor = table.Column<long>(type: "INTEGER", nullable: false),
                    HighWater = table.Column<long>(type: "INTEGER", nullable: false),
                    LastPulledAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LastSuccessfulSyncAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_syncstate_cursors", x => x.BookId);
                });

            migrationBuilder.CreateTable(
                name: "syncstate_inbound_rejections",
                columns: table => new
                {
                    BookId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServerSeq = table.Column<long>(type: "INTEGER", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_syncstate_inbound_rejections", x => new { x.BookId, x.ServerSeq });
                });

            migrationBuilder.CreateIndex(
                name: "IX_syncstate_conflict_copies_DocumentId",
                table: "syncstate_conflict_copies",
                column: "DocumentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "syncstate_acks");

            migrationBuilder.DropTable(
                name: "syncstate_conflict_copies");

            migrationBuilder.DropTable(
                name: "syncstate_credential");

            migrationBuilder.DropTable(
                name: "syncstate_cursors");

            migrationBuilder.DropTable(
                name: "syncstate_inbound_rejections");
        }
    }
}
