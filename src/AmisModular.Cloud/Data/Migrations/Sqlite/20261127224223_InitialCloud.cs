using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AmisModular.Cloud.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCloud : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cloud_acks",
                columns: table => new
                {
                    DeviceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Epoch = table.Column<int>(type: "INTEGER", nullable: false),
                    Seq = table.Column<long>(type: "INTEGER", nullable: false),
                    PayloadHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AckJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cloud_acks", x => new { x.DeviceId, x.Epoch, x.Seq });
                });

            migrationBuilder.CreateTable(
                name: "cloud_books",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    LastServerSeq = table.Column<long>(type: "INTEGER", nullable: false),
                    LockedThrough = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RetentionFloor = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cloud_books", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cloud_change_log",
                columns: table => new
                {
                    BookId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServerSeq = table.Column<long>(type: "INTEGER", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Module = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DocumentType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SchemaVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Operation = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OriginDeviceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: true),
                    CommittedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cloud_change_log", x => new { x.BookId, x.ServerSeq });
                });

            migrationBuilder.CreateTable(
                name: "cloud_devices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BookId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Branch = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Series = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SecretHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Epoch = table.Column<int>(type: "INTEGER", nullable: false),
                    LastSeq = table.Column<long>(type: "INTEGER", nullable: false),
                    Revoked = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    LastSeenAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cloud_devices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cloud_documents",
                columns: table => new
                {
                    BookId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Module = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DocumentType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SchemaVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Operation = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Posted = table.Column<bool>(type: "INTEGER", nullable: false),
                    Removed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Payload = table.Column<string>(type: "TEXT", nullable: true),
                    LastServerSeq = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cloud_documents", x => new { x.BookId, x.DocumentId });
                });

            migrationBuilder.CreateTable(
                name: "cloud_enrollment_codes",
                columns: table => new
                {
                    CodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BookId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Branch = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UsedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    UsedByDeviceId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cloud_enrollment_codes", x => x.CodeHash);
                });

            migrationBuilder.CreateTable(
                name: "cloud_meta",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cloud_meta", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "cloud_tenants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaxCode = table.Column<string>(type: "TEXT", maxLength: 14, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LicensedModules = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cloud_tenants", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cloud_books_TenantId_Code",
                table: "cloud_books",
                columns: new[] { "TenantId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cloud_devices_TenantId",
                table: "cloud_devices",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_cloud_documents_BookId_DocumentType_Number",
                table: "cloud_documents",
                columns: new[] { "BookId", "DocumentType", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_cloud_tenants_TaxCode",
                table: "cloud_tenants",
                column: "TaxCode",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cloud_acks");

            migrationBuilder.DropTable(
                name: "cloud_books");

            migrationBuilder.DropTable(
                name: "cloud_change_log");

            migrationBuilder.DropTable(
                name: "cloud_devices");

            migrationBuilder.DropTable(
                name: "cloud_documents");

            migrationBuilder.DropTable(
                name: "cloud_enrollment_codes");

            migrationBuilder.DropTable(
                name: "cloud_meta");

            migrationBuilder.DropTable(
                name: "cloud_tenants");
        }
    }
}
