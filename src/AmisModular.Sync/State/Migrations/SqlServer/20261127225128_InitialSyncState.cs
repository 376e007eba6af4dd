using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AmisModular.Sync.State.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class InitialSyncState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "syncstate");

            migrationBuilder.CreateTable(
                name: "acks",
                schema: "syncstate",
                columns: table => new
                {
                    DeviceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Seq = table.Column<long>(type: "bigint", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    ServerSeq = table.Column<long>(type: "bigint", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: true),
                    FinalNumber = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Code = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    AckedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_acks", x => new { x.DeviceId, x.Seq });
                });

            migrationBuilder.CreateTable(
                name: "conflict_copies",
                schema: "syncstate",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Seq = table.Column<long>(type: "bigint", nullable: false),
                    Module = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    DocumentType = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    LocalPayload = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ServerVersion = table.Column<long>(type: "bigint", nullable: true),
                    ServerPayload = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Code = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conflict_copies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "credential",
                schema: "syncstate",
                columns: table => new
                {
                    DeviceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Epoch = table.Column<int>(type: "int", nullable: false),
                    Token = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    TenantTaxCode = table.Column<string>(type: "nvarchar(14)", maxLength: 14, nullable: false),
                    CompanyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BookId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Branch = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    Series = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    ServerEpoch = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    EnrolledAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_credential", x => x.DeviceId);
                });

            migrationBuilder.CreateTable(
                name: "cursors",
                schema: "syncstate",
                columns: table => new
                {
                    BookId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Cursor = table.Column<long>(type: "bigint", nullable: false),
                    HighWater = table.Column<long>(type: "bigint", nullable: false),
                    LastPulledAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LastSuccessfulSyncAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cursors", x => x.BookId);
                });

            migrationBuilder.CreateTable(
                name: "inbound_rejections",
                schema: "syncstate",
                columns: table => new
                {
                    BookId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ServerSeq = table.Column<long>(type: "bigint", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbound_rejections", x => new { x.BookId, x.ServerSeq });
                });

            migrationBuilder.CreateIndex(
                name: "IX_conflict_copies_DocumentId",
                schema: "syncstate",
                table: "conflict_copies",
                column: "DocumentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "acks",
                schema: "syncstate");

            migrationBuilder.DropTable(
                name: "conflict_copies",
                schema: "syncstate");

            migrationBuilder.DropTable(
                name: "credential",
                schema: "syncstate");

            migrationBuilder.DropTable(
                name: "cursors",
                schema: "syncstate");

            migrationBuilder.DropTable(
                name: "inbound_rejections",
                schema: "syncstate");
        }
    }
}
