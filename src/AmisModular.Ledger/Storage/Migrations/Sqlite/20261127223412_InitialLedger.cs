using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace AmisModular.Ledger.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "core_accounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Regime = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ParentCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    NameVi = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Nature = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Prescribed = table.Column<bool>(type: "INTEGER", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_accounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "core_companies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaxCode = table.Column<string>(type: "TEXT", maxLength: 14, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    UsesInternalBook = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_companies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "core_bank_accounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountNumber = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    BankName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    AccountCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 3, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_bank_accounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_core_bank_accounts_core_companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "core_companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "core_branches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    IsDependent = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_branches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_core_branches_core_companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "core_companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "core_fiscal_years",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Regime = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_fiscal_years", x => x.Id);
                    table.ForeignKey(
                        name: "FK_core_fiscal_years_core_companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "core_companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "core_general_journal_vouchers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BranchId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Books = table.Column<int>(type: "INTEGER", nullable: false),
                    TaxNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    InternalNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    DocumentDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PostingDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    ReversalOfId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_general_journal_vouchers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_core_general_journal_vouchers_core_companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "core_companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "core_journal_lines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Book = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModuleId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DocumentType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    DocumentDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PostingDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LineNo = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceLineNo = table.Column<int>(type: "INTEGER", nullable: false),
                    AccountCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CorrespondingAccountCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Debit = table.Column<long>(type: "INTEGER", nullable: false),
                    Credit = table.Column<long>(type: "INTEGER", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BranchId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RuleId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_journal_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_core_journal_lines_core_companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "core_companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "core_number_series",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Book = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    DocumentType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Digits = table.Column<int>(type: "INTEGER", nullable: false),
                    Suffix = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NextValue = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_number_series", x => x.Id);
                    table.ForeignKey(
                        name: "FK_core_number_series_core_companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "core_companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "core_opening_balances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Book = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    AccountCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AsOfDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Debit = table.Column<long>(type: "INTEGER", nullable: false),
                    Credit = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_opening_balances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_core_opening_balances_core_companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "core_companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "core_partners",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    TaxCode = table.Column<string>(type: "TEXT", maxLength: 14, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Kinds = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_partners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_core_partners_core_companies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "core_companies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "core_fiscal_periods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FiscalYearId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IsLocked = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LockedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    UnlockedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    UnlockedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_fiscal_periods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_core_fiscal_periods_core_fiscal_years_FiscalYearId",
                        column: x => x.FiscalYearId,
                        principalTable: "core_fiscal_years",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "core_general_journal_lines",
                columns: table => new
                {
                    VoucherId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LineNo = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DebitAccount = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CreditAccount = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    DebitPartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreditPartnerId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_core_general_journal_lines", x => new { x.VoucherId, x.LineNo });
                    table.ForeignKey(
                        name: "FK_core_general_journal_lines_core_general_journal_vouchers_VoucherId",
                        column: x => x.VoucherId,
                        principalTable: "core_general_journal_vouchers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "core_accounts",
                columns: new[] { "Id", "Code", "CompanyId", "EffectiveFrom", "EffectiveTo", "Level", "NameEn", "NameVi", "Nature", "ParentCode", "Prescribed", "Regime" },
                values: new object[,]
                {
                    { new Guid("0247354c-9c43-1682-08b3-5eb92b96e289"), "642", null, new DateOnly(2017, 1, 1), null, 1, "General and administrative expenses", "Chi phí quản lý doanh nghiệp", "Debit", null, true, "Tt133" },
                    { new Guid("047496f3-f5ed-81c3-7430-3bf6e95249f5"), "338", null, new DateOnly(2026, 1, 1), null, 1, "Other payables", "Phải trả, phải nộp khác", "Credit", null, true, "Tt99" },
                    { new Guid("066cc0a9-596e-0bd3-6ffa-e96e1efa6fe0"), "6424", null, new DateOnly(2026, 1, 1), null, 2, "Depreciation", "Chi phí khấu hao TSCĐ", "Debit", "642", true, "Tt99" },
                    { new Guid("0a8a6b12-69c2-31c9-f9ba-5210f2bdff83"), "1121", null, new DateOnly(2015, 1, 1), null, 2, "VND deposits", "Tiền Việt Nam", "Debit", "112", true, "Tt200" },
                    { new Guid("0ac5ed3f-3066-e595-046c-96f5cd077384"), "6421", null, new DateOnly(2017, 1, 1), null, 2, "Selling expenses", "Chi phí bán hàng", "Debit", "642", true, "Tt133" },
                    { new Guid("0d32fe6a-2894-776b-a6e3-7fc0657ee838"), "515", null, new DateOnly(2015, 1, 1), null, 1, "Financial income", "Doanh thu hoạt động tài chính", "Credit", null, true, "Tt200" },
                    { new Guid("0da6707e-855c-b693-0c38-205524d84f0d"), "3383", null, new DateOnly(2015, 1, 1), null, 2, "Social insurance", "Bảo hiểm xã hội", "Credit", "338", true, "Tt200" },
                    { new Guid("10a44320-c920-37e8-cfff-cc42f0ebfae1"), "341", null, new DateOnly(2015, 1, 1), null, 1, "Borrowings and finance-lease liabilities", "Vay và nợ thuê tài chính", "Credit", null, true, "Tt200" },
                    { new Guid("10afcf9b-d921-d560-25c4-2129e66e03fd"), "33312", null, new DateOnly(2017, 1, 1), null, 3, "Import VAT", "Thuế GTGT hàng nhập khẩu", "Credit", "3331", true, "Tt133" },
                    { new Guid("10d82a6c-0e44-617f-c2fb-d1f2c70fb9d1"), "3382", null, new DateOnly(2015, 1, 1), null, 2, "Trade union fee", "Kinh phí công đoàn", "Credit", "338", true, "Tt200" },
                    { new Guid("117de8af-944f-1381-5e7e-edc85c413bf8"), "711", null, new DateOnly(2015, 1, 1), null, 1, "Other income", "Thu nhập khác", "Credit", null, true, "Tt200" },
                    { new Guid("12629c07-a79f-b631-ab93-24d9e5b9fde2"), "3334", null, new DateOnly(2026, 1, 1), null, 2, "Corporate income tax", "Thuế thu nhập doanh nghiệp", "Credit", "333", true, "Tt99" },
                    { new Guid("128a554c-0390-ff5d-936a-8a7d7d8aed74"), "521", null, new DateOnly(2026, 1, 1), null, 1, "Revenue deductions", "Các khoản giảm trừ doanh thu", "Debit", null, true, "Tt99" },
                    { new Guid("131438df-e917-1f7a-f9a2-2c77218b389a"), "3388", null, new DateOnly(2015, 1, 1), null, 2, "Other payables", "Phải trả, phải nộp khác", "Both", "338", true, "Tt200" },
                    { new Guid("13cd1a0a-49a8-57b1-52c9-ad6bb1ff0c91"), "3334", null, new DateOnly(2017, 1, 1), null, 2, "Corporate income tax", "Thuế thu nhập doanh nghiệp", "Credit", "333", true, "Tt133" },
                    { new Guid("141d1d67-c04b-1cfc-3ebb-8e5316a28792"), "153", null, new DateOnly(2026, 1, 1), null, 1, "Tools and supplies", "Công cụ, dụng cụ", "Debit", null, true, "Tt99" },
                    { new Guid("1533de64-ad5b-bc80-8466-1f3fb00589d0"), "627", null, new DateOnly(2015, 1, 1), null, 1, "Manufacturing overhead", "Chi phí sản xuất chung", "Debit", null, true, "Tt200" },
                    { new Guid("15b2ac24-dc23-0a89-d33c-41952bd9d0ed"), "33312", null, new DateOnly(2015, 1, 1), null, 3, "Import VAT", "Thuế GTGT hàng nhập khẩu", "Credit", "3331", true, "Tt200" },
                    { new Guid("16129b4c-cb7f-4e83-9d91-a07be77e26a4"), "1332", null, new DateOnly(2015, 1, 1), null, 2, "Deductible VAT on fixed assets", "Thuế GTGT được khấu trừ của TSCĐ", "Debit", "133", true, "Tt200" },
                    { new Guid("16ac1009-5d67-a14b-c790-9b22c1b77b79"), "242", null, new DateOnly(2026, 1, 1), null, 1, "Deferred expenses", "Chi phí chờ phân bổ", "Debit", null, true, "Tt99" },
                    { new Guid("17293601-c526-efe1-ffe4-e4e66c7e0f08"), "214", null, new DateOnly(2015, 1, 1), null, 1, "Accumulated depreciation", "Hao mòn tài sản cố định", "Credit", null, true, "Tt200" },
                    { new Guid("190773cf-7d29-809d-5bf9-918f81de8d62"), "2294", null, new DateOnly(2017, 1, 1), null, 2, "Allowance for inventory write-down", "Dự phòng giảm giá hàng tồn kho", "Credit", "229", true, "Tt133" },
                    { new Guid("195b1a03-3044-ea5b-1f75-11945b7dfe46"), "8211", null, new DateOnly(2015, 1, 1), null, 2, "Current CIT expense", "Chi phí thuế TNDN hiện hành", "Debit", "821", true, "Tt200" },
                    { new Guid("1c1ba757-cfe6-70cf-efcb-acd293b8f8a0"), "131", null, new DateOnly(2026, 1, 1), null, 1, "Trade receivables", "Phải thu của khách hàng", "Both", null, true, "Tt99" },
                    { new Guid("1c5db436-c908-e44e-941f-c9123a418c11"), "6422", null, new DateOnly(2026, 1, 1), null, 2, "Administrative materials", "Chi phí vật liệu quản lý", "Debit", "642", true, "Tt99" },
                    { new Guid("1d554656-afca-f5bb-4f87-b7f11b0d5ee0"), "153", null, new DateOnly(2017, 1, 1), null, 1, "Tools and supplies", "Công cụ, dụng cụ", "Debit", null, true, "Tt133" },
                    { new Guid("1d972ba5-227b-2660-1e9e-625a4d35be72"), "4211", null, new DateOnly(2026, 1, 1), null, 2, "Retained earnings accumulated to prior year end", "LNST chưa phân phối lũy kế đến cuối năm trước", "Both", "421", true, "Tt99" },
                    { new Guid("1dc7a493-1af6-0fed-7233-fd5550ceea25"), "333", null, new DateOnly(2026, 1, 1), null, 1, "Taxes payable to the State", "Thuế và các khoản phải nộp Nhà nước", "Credit", null, true, "Tt99" },
                    { new Guid("1e4d8746-813e-8253-feb4-13629be3e323"), "1388", null, new DateOnly(2026, 1, 1), null, 2, "Other receivables", "Phải thu khác", "Debit", "138", true, "Tt99" },
                    { new Guid("1e592fb2-5ebb-bbbd-4fb6-ee728ed641ac"), "141", null, new DateOnly(2026, 1, 1), null, 1, "Advances to employees", "Tạm ứng", "Debit", null, true, "Tt99" },
                    { new Guid("1f24f770-964d-95ab-5b08-05a71e9229d9"), "229", null, new DateOnly(2026, 1, 1), null, 1, "Provisions for asset losses", "Dự phòng tổn thất tài sản", "Credit", null, true, "Tt99" },
                    { new Guid("1f5f646c-9c45-85aa-2fef-93cf5d393a30"), "511", null, new DateOnly(2017, 1, 1), null, 1, "Revenue", "Doanh thu bán hàng và cung cấp dịch vụ", "Credit", null, true, "Tt133" },
                    { new Guid("20e96ea6-868e-c4f6-221f-00136353246b"), "6423", null, new DateOnly(2015, 1, 1), null, 2, "Office supplies", "Chi phí đồ dùng văn phòng", "Debit", "642", true, "Tt200" },
                    { new Guid("221c90ac-4ea1-4a52-aefe-393bf21cd9ef"), "82112", null, new DateOnly(2026, 1, 1), null, 3, "Global minimum top-up tax", "Chi phí thuế TNDN bổ sung theo thuế tối thiểu toàn cầu", "Debit", "8211", true, "Tt99" },
                    { new Guid("2543c7dc-0173-78ca-b89d-964021ded3a7"), "3384", null, new DateOnly(2017, 1, 1), null, 2, "Health insurance", "Bảo hiểm y tế", "Credit", "338", true, "Tt133" },
                    { new Guid("25816d41-f52c-1bdf-f439-0f236b55192b"), "515", null, new DateOnly(2026, 1, 1), null, 1, "Financial income", "Doanh thu hoạt động tài chính", "Credit", null, true, "Tt99" },
                    { new Guid("2723e0f2-072f-d05b-8633-933ae85060d3"), "4212", null, new DateOnly(2015, 1, 1), null, 2, "Retained earnings, current year", "LNST chưa phân phối năm nay", "Both", "421", true, "Tt200" },
                    { new Guid("28bdb05b-708e-3d62-35f2-1f55fb7e120b"), "5112", null, new DateOnly(2017, 1, 1), null, 2, "Revenue from products", "Doanh thu bán thành phẩm", "Credit", "511", true, "Tt133" },
                    { new Guid("28dd8b6b-80ee-86ff-94d5-aef28ef51df3"), "338", null, new DateOnly(2017, 1, 1), null, 1, "Other payables", "Phải trả, phải nộp khác", "Credit", null, true, "Tt133" },
                    { new Guid("2974d8c2-2ecb-ddf2-c8eb-4c084a6d868a"), "331", null, new DateOnly(2017, 1, 1), null, 1, "Trade payables", "Phải trả cho người bán", "Both", null, true, "Tt133" },
                    { new Guid("298f01b8-8f73-d0cc-7c8e-9d715055d35e"), "341", null, new DateOnly(2026, 1, 1), null, 1, "Borrowings and finance-lease liabilities", "Vay và nợ thuê tài chính", "Credit", null, true, "Tt99" },
                    { new Guid("29999f05-0ede-b3ed-c879-6480076ff683"), "6428", null, new DateOnly(2015, 1, 1), null, 2, "Other cash expenses", "Chi phí bằng tiền khác", "Debit", "642", true, "Tt200" },
                    { new Guid("2c54dd74-59d0-cdf4-30b1-27e47f94d9c7"), "4111", null, new DateOnly(2017, 1, 1), null, 2, "Contributed capital", "Vốn góp của chủ sở hữu", "Credit", "411", true, "Tt133" },
                    { new Guid("2cd6ff45-2b8b-586d-52ed-3512ce3be72b"), "8211", null, new DateOnly(2026, 1, 1), null, 2, "Current CIT expense", "Chi phí thuế TNDN hiện hành", "Debit", "821", true, "Tt99" },
                    { new Guid("2d1d1142-f661-d94c-5c54-7ede1105727d"), "641", null, new DateOnly(2015, 1, 1), null, 1, "Selling expenses", "Chi phí bán hàng", "Debit", null, true, "Tt200" },
                    { new Guid("2d66a480-f824-f887-d9dc-6a2aeb812f3b"), "3388", null, new DateOnly(2017, 1, 1), null, 2, "Other payables", "Phải trả, phải nộp khác", "Both", "338", true, "Tt133" },
                    { new Guid("3027bf99-0fda-d30e-93af-baa9f16e7f60"), "6426", null, new DateOnly(2015, 1, 1), null, 2, "Provisions", "Chi phí dự phòng", "Debit", "642", true, "Tt200" },
                    { new Guid("316bd891-c656-4ffc-0021-c98d9e1e67ca"), "3335", null, new DateOnly(2015, 1, 1), null, 2, "Personal income tax", "Thuế thu nhập cá nhân", "Credit", "333", true, "Tt200" },
                    { new Guid("31c941b2-5372-321d-c9a9-5f4af75f1f23"), "1112", null, new DateOnly(2015, 1, 1), null, 2, "Foreign-currency cash", "Ngoại tệ", "Debit", "111", true, "Tt200" },
                    { new Guid("322ab89b-33a7-4c8a-cfa4-3696ef4a96a6"), "632", null, new DateOnly(2017, 1, 1), null, 1, "Cost of goods sold", "Giá vốn hàng bán", "Debit", null, true, "Tt133" },
                    { new Guid("333452af-2078-9cf6-0640-599d28dcb596"), "3411", null, new DateOnly(2017, 1, 1), null, 2, "Borrowings", "Các khoản đi vay", "Credit", "341", true, "Tt133" },
                    { new Guid("348b5fe9-b544-6513-81a3-b2fa5ff2992b"), "334", null, new DateOnly(2015, 1, 1), null, 1, "Payables to employees", "Phải trả người lao động", "Credit", null, true, "Tt200" },
                    { new Guid("363d9510-6fbd-7fc7-dcac-72a51d16d357"), "421", null, new DateOnly(2017, 1, 1), null, 1, "Retained earnings", "Lợi nhuận sau thuế chưa phân phối", "Both", null, true, "Tt133" },
                    { new Guid("370cac85-ac26-79d5-c6fc-0609c8711c01"), "111", null, new DateOnly(2026, 1, 1), null, 1, "Cash", "Tiền mặt", "Debit", null, true, "Tt99" },
                    { new Guid("371fd310-238f-aaa4-64b0-c2ea6011ea92"), "1561", null, new DateOnly(2015, 1, 1), null, 2, "Purchase price of goods", "Giá mua hàng hóa", "Debit", "156", true, "Tt200" },
                    { new Guid("37ea0978-aec8-1137-04b5-4ac53df11838"), "131", null, new DateOnly(2017, 1, 1), null, 1, "Trade receivables", "Phải thu của khách hàng", "Both", null, true, "Tt133" },
                    { new Guid("3822239b-b3b6-e2ed-d211-8ce49c23a53c"), "6425", null, new DateOnly(2015, 1, 1), null, 2, "Taxes, fees and charges", "Thuế, phí và lệ phí", "Debit", "642", true, "Tt200" },
                    { new Guid("3c9840d1-c6f9-9b79-c908-c913f8fef207"), "138", null, new DateOnly(2026, 1, 1), null, 1, "Other receivables", "Phải thu khác", "Debit", null, true, "Tt99" },
                    { new Guid("3d22cc66-da45-2e89-d81c-634ecd9ac02b"), "642", null, new DateOnly(2015, 1, 1), null, 1, "General and administrative expenses", "Chi phí quản lý doanh nghiệp", "Debit", null, true, "Tt200" },
                    { new Guid("3d53c86a-7b44-40dd-7c16-ff75e2bf27e6"), "154", null, new DateOnly(2015, 1, 1), null, 1, "Work in progress", "Chi phí sản xuất, kinh doanh dở dang", "Debit", null, true, "Tt200" },
                    { new Guid("3d667f84-17d1-6154-c70e-aab8f42ebe11"), "515", null, new DateOnly(2017, 1, 1), null, 1, "Financial income", "Doanh thu hoạt động tài chính", "Credit", null, true, "Tt133" },
                    { new Guid("3e40484a-47bd-2a5c-5950-e6f2b6e92b50"), "4212", null, new DateOnly(2017, 1, 1), null, 2, "Retained earnings, current year", "LNST chưa phân phối năm nay", "Both", "421", true, "Tt133" },
                    { new Guid("403ced9a-31ed-f710-9b09-c093e2e0626e"), "1111", null, new DateOnly(2015, 1, 1), null, 2, "VND cash", "Tiền Việt Nam", "Debit", "111", true, "Tt200" },
                    { new Guid("421a721d-2a09-ef2e-9a8b-db10e6aa4123"), "632", null, new DateOnly(2015, 1, 1), null, 1, "Cost of goods sold", "Giá vốn hàng bán", "Debit", null, true, "Tt200" },
                    { new Guid("429ad74f-ba8d-9be5-09a7-25529f76e34b"), "214", null, new DateOnly(2026, 1, 1), null, 1, "Accumulated depreciation", "Hao mòn tài sản cố định", "Credit", null, true, "Tt99" },
                    { new Guid("42d241e2-e7f9-1e1d-f93c-9906d2315f84"), "242", null, new DateOnly(2017, 1, 1), null, 1, "Prepaid expenses", "Chi phí trả trước", "Debit", null, true, "Tt133" },
                    { new Guid("44d5788e-1d43-0992-51fe-a077965b80f5"), "6427", null, new DateOnly(2026, 1, 1), null, 2, "Outsourced services", "Chi phí dịch vụ mua ngoài", "Debit", "642", true, "Tt99" },
                    { new Guid("45530a03-3b2d-b28f-f2bf-34379109f12c"), "6422", null, new DateOnly(2017, 1, 1), null, 2, "General and administrative expenses", "Chi phí quản lý doanh nghiệp", "Debit", "642", true, "Tt133" },
                    { new Guid("46bb8f68-78b4-ef39-49b2-6804cb9812f6"), "211", null, new DateOnly(2015, 1, 1), null, 1, "Tangible fixed assets", "Tài sản cố định hữu hình", "Debit", null, true, "Tt200" },
                    { new Guid("494cd3a6-2c35-61ad-31f6-4422ef87f7fa"), "521", null, new DateOnly(2015, 1, 1), null, 1, "Revenue deductions", "Các khoản giảm trừ doanh thu", "Debit", null, true, "Tt200" },
                    { new Guid("499d10ad-e946-9dd9-9d4e-40b263ef45b3"), "211", null, new DateOnly(2017, 1, 1), null, 1, "Tangible fixed assets", "Tài sản cố định hữu hình", "Debit", null, true, "Tt133" },
                    { new Guid("4a3f2daf-fd6a-2908-bf97-8bd9f7bc703f"), "333", null, new DateOnly(2015, 1, 1), null, 1, "Taxes payable to the State", "Thuế và các khoản phải nộp Nhà nước", "Credit", null, true, "Tt200" },
                    { new Guid("4b7b8eea-bd53-17eb-62d4-957095469ec3"), "229", null, new DateOnly(2017, 1, 1), null, 1, "Provisions for asset losses", "Dự phòng tổn thất tài sản", "Credit", null, true, "Tt133" },
                    { new Guid("4c6f53e6-0c1f-4f05-4cdd-20346f50b8cd"), "1121", null, new DateOnly(2026, 1, 1), null, 2, "VND deposits", "Tiền Việt Nam", "Debit", "112", false, "Tt99" },
                    { new Guid("4dc3833e-4417-3b2a-e7f3-03fa33798d4d"), "642", null, new DateOnly(2026, 1, 1), null, 1, "General and administrative expenses", "Chi phí quản lý doanh nghiệp", "Debit", null, true, "Tt99" },
                    { new Guid("4dd1e7c7-8159-e746-a39b-64947c8ae2cf"), "1121", null, new DateOnly(2017, 1, 1), null, 2, "VND deposits", "Tiền Việt Nam", "Debit", "112", true, "Tt133" },
                    { new Guid("4e512b1b-5c65-bdfd-cb52-c4884337cb5a"), "3384", null, new DateOnly(2026, 1, 1), null, 2, "Health insurance", "Bảo hiểm y tế", "Credit", "338", true, "Tt99" },
                    { new Guid("4e7998ee-def9-bf21-085e-6d3ffe8a1d9d"), "4111", null, new DateOnly(2026, 1, 1), null, 2, "Contributed capital", "Vốn góp của chủ sở hữu", "Credit", "411", true, "Tt99" },
                    { new Guid("4e93d28b-4a31-7d39-fee4-32ea8cf8d45b"), "635", null, new DateOnly(2015, 1, 1), null, 1, "Financial expenses", "Chi phí tài chính", "Debit", null, true, "Tt200" },
                    { new Guid("5031ee72-a95a-8a29-c8e7-206f6bd4b571"), "3331", null, new DateOnly(2017, 1, 1), null, 2, "VAT payable", "Thuế giá trị gia tăng phải nộp", "Credit", "333", true, "Tt133" },
                    { new Guid("52b99c86-b104-0c46-3ce0-b49b2e66e0c5"), "229", null, new DateOnly(2015, 1, 1), null, 1, "Provisions for asset losses", "Dự phòng tổn thất tài sản", "Credit", null, true, "Tt200" },
                    { new Guid("53075146-40dc-e324-b037-73db6178a6ad"), "33311", null, new DateOnly(2026, 1, 1), null, 3, "Output VAT", "Thuế GTGT đầu ra", "Credit", "3331", true, "Tt99" },
                    { new Guid("54bce3a8-18a2-e6c6-7247-93318cd53fa9"), "1111", null, new DateOnly(2017, 1, 1), null, 2, "VND cash", "Tiền Việt Nam", "Debit", "111", true, "Tt133" },
                    { new Guid("5534d8d8-8903-7eaa-9528-4cea907de97d"), "3384", null, new DateOnly(2015, 1, 1), null, 2, "Health insurance", "Bảo hiểm y tế", "Credit", "338", true, "Tt200" },
                    { new Guid("55402ba4-e433-f346-a8d8-880c03c17e7d"), "5113", null, new DateOnly(2015, 1, 1), null, 2, "Revenue from services", "Doanh thu cung cấp dịch vụ", "Credit", "511", true, "Tt200" },
                    { new Guid("568a0d59-d26e-1308-fbe2-19a467cf5f82"), "3387", null, new DateOnly(2026, 1, 1), null, 2, "Deferred revenue", "Doanh thu chờ phân bổ", "Credit", "338", true, "Tt99" },
                    { new Guid("580125fd-d0f3-93bb-3f1a-8675967c7238"), "622", null, new DateOnly(2026, 1, 1), null, 1, "Direct labour", "Chi phí nhân công trực tiếp", "Debit", null, true, "Tt99" },
                    { new Guid("587cf829-9feb-99f0-c239-d91d88da04c0"), "155", null, new DateOnly(2017, 1, 1), null, 1, "Finished goods", "Thành phẩm", "Debit", null, true, "Tt133" },
                    { new Guid("58d15be8-2c36-cda2-f55a-eb8436430eb5"), "3412", null, new DateOnly(2026, 1, 1), null, 2, "Finance-lease liabilities", "Nợ thuê tài chính", "Credit", "341", true, "Tt99" },
                    { new Guid("5a097117-46e2-f639-e252-6abbb768f880"), "141", null, new DateOnly(2015, 1, 1), null, 1, "Advances to employees", "Tạm ứng", "Debit", null, true, "Tt200" },
                    { new Guid("5af79827-fd77-ab1d-86dd-d2ff02a5f3b5"), "111", null, new DateOnly(2015, 1, 1), null, 1, "Cash", "Tiền mặt", "Debit", null, true, "Tt200" },
                    { new Guid("5bf6e957-4a41-61c6-23de-4a820c1197d7"), "6421", null, new DateOnly(2026, 1, 1), null, 2, "Administrative staff", "Chi phí nhân viên quản lý", "Debit", "642", true, "Tt99" },
                    { new Guid("5c0241d6-2688-ee1e-ea07-c0d0b0f097b9"), "335", null, new DateOnly(2017, 1, 1), null, 1, "Accrued expenses", "Chi phí phải trả", "Credit", null, true, "Tt133" },
                    { new Guid("5d9894cc-8ec4-f461-22cc-da406fc2877a"), "33312", null, new DateOnly(2026, 1, 1), null, 3, "Import VAT", "Thuế GTGT hàng nhập khẩu", "Credit", "3331", true, "Tt99" },
                    { new Guid("5e76ed63-fbed-2645-8637-080ea31b2349"), "711", null, new DateOnly(2026, 1, 1), null, 1, "Other income", "Thu nhập khác", "Credit", null, true, "Tt99" },
                    { new Guid("5ec9c899-4959-44ce-0675-7901514d334d"), "138", null, new DateOnly(2015, 1, 1), null, 1, "Other receivables", "Phải thu khác", "Debit", null, true, "Tt200" },
                    { new Guid("5ffc5e0e-c19b-9558-acd1-bb3799d47a6e"), "152", null, new DateOnly(2015, 1, 1), null, 1, "Raw materials", "Nguyên liệu, vật liệu", "Debit", null, true, "Tt200" },
                    { new Guid("6121b490-59df-b7d7-89a0-d1e02d1ffee4"), "141", null, new DateOnly(2017, 1, 1), null, 1, "Advances to employees", "Tạm ứng", "Debit", null, true, "Tt133" },
                    { new Guid("618ed4a9-0470-1636-9ad8-778b5d9d9fe9"), "133", null, new DateOnly(2026, 1, 1), null, 1, "Deductible input VAT", "Thuế GTGT được khấu trừ", "Debit", null, true, "Tt99" },
                    { new Guid("6209509d-4e27-9466-9c6a-825d3b5636ac"), "82111", null, new DateOnly(2026, 1, 1), null, 3, "Current CIT", "Chi phí thuế TNDN hiện hành", "Debit", "8211", true, "Tt99" },
                    { new Guid("622342e7-930b-428f-eae6-c9e7ee7c9d91"), "1122", null, new DateOnly(2026, 1, 1), null, 2, "Foreign-currency deposits", "Ngoại tệ", "Debit", "112", false, "Tt99" },
                    { new Guid("62547ab0-5c6d-77a6-0876-8e36fed54158"), "2141", null, new DateOnly(2017, 1, 1), null, 2, "Depreciation of tangible fixed assets", "Hao mòn TSCĐ hữu hình", "Credit", "214", true, "Tt133" },
                    { new Guid("63364e5a-0d75-dc06-5176-c519b8beb65b"), "6421", null, new DateOnly(2015, 1, 1), null, 2, "Administrative staff", "Chi phí nhân viên quản lý", "Debit", "642", true, "Tt200" },
                    { new Guid("64d446f5-1479-f129-76b7-83719dac3d35"), "5118", null, new DateOnly(2017, 1, 1), null, 2, "Other revenue", "Doanh thu khác", "Credit", "511", true, "Tt133" },
                    { new Guid("652dfda9-0841-2c98-4f24-a4b2e41fc0ed"), "1332", null, new DateOnly(2017, 1, 1), null, 2, "Deductible VAT on fixed assets", "Thuế GTGT được khấu trừ của TSCĐ", "Debit", "133", true, "Tt133" },
                    { new Guid("65395508-23bf-058d-51db-c7b49344f599"), "3388", null, new DateOnly(2026, 1, 1), null, 2, "Other payables", "Phải trả, phải nộp khác", "Both", "338", true, "Tt99" },
                    { new Guid("65646c2d-3982-14cd-1e47-7cc0d0ebb215"), "3334", null, new DateOnly(2015, 1, 1), null, 2, "Corporate income tax", "Thuế thu nhập doanh nghiệp", "Credit", "333", true, "Tt200" },
                    { new Guid("6811fd05-02e3-d095-ccde-d84305908b29"), "6426", null, new DateOnly(2026, 1, 1), null, 2, "Provisions", "Chi phí dự phòng", "Debit", "642", true, "Tt99" },
                    { new Guid("68b1f6b8-670f-2f7a-0bf7-b7f26ebd4632"), "821", null, new DateOnly(2026, 1, 1), null, 1, "Corporate income tax expense", "Chi phí thuế thu nhập doanh nghiệp", "Debit", null, true, "Tt99" },
                    { new Guid("6912c9e5-f718-6591-7dc6-a5ae89a7bfeb"), "5112", null, new DateOnly(2026, 1, 1), null, 2, "Revenue from products", "Doanh thu bán thành phẩm", "Credit", "511", false, "Tt99" },
                    { new Guid("69b93af2-8e73-083b-30db-91abb44482be"), "2294", null, new DateOnly(2015, 1, 1), null, 2, "Allowance for inventory write-down", "Dự phòng giảm giá hàng tồn kho", "Credit", "229", true, "Tt200" },
                    { new Guid("6ace3536-d754-546d-40ff-aefb9d15419b"), "333", null, new DateOnly(2017, 1, 1), null, 1, "Taxes payable to the State", "Thuế và các khoản phải nộp Nhà nước", "Credit", null, true, "Tt133" },
                    { new Guid("6ad85300-9e37-ee3e-0c0a-5a7f7b4b5d96"), "6424", null, new DateOnly(2015, 1, 1), null, 2, "Depreciation", "Chi phí khấu hao TSCĐ", "Debit", "642", true, "Tt200" },
                    { new Guid("6bd5afb0-af38-d55f-3b04-84934fdae148"), "112", null, new DateOnly(2017, 1, 1), null, 1, "Cash in bank", "Tiền gửi ngân hàng", "Debit", null, true, "Tt133" },
                    { new Guid("6d41b2d4-bcf8-3bb7-1187-808f494af1ac"), "911", null, new DateOnly(2017, 1, 1), null, 1, "Income summary", "Xác định kết quả kinh doanh", "None", null, true, "Tt133" },
                    { new Guid("6e39228f-3137-fd27-4610-109f76aa99a1"), "3412", null, new DateOnly(2015, 1, 1), null, 2, "Finance-lease liabilities", "Nợ thuê tài chính", "Credit", "341", true, "Tt200" },
                    { new Guid("6f220569-2ad9-2e96-bf38-0a0a54e0d135"), "153", null, new DateOnly(2015, 1, 1), null, 1, "Tools and supplies", "Công cụ, dụng cụ", "Debit", null, true, "Tt200" },
                    { new Guid("70a02769-5995-5dd6-2bd1-f0b98952c9d4"), "3386", null, new DateOnly(2026, 1, 1), null, 2, "Unemployment insurance", "Bảo hiểm thất nghiệp", "Credit", "338", true, "Tt99" },
                    { new Guid("717f9c59-2c5f-8404-fd53-6c92df78eb15"), "3335", null, new DateOnly(2017, 1, 1), null, 2, "Personal income tax", "Thuế thu nhập cá nhân", "Credit", "333", true, "Tt133" },
                    { new Guid("729817b7-a741-f6de-4f00-30bf5a048a3d"), "635", null, new DateOnly(2026, 1, 1), null, 1, "Financial expenses", "Chi phí tài chính", "Debit", null, true, "Tt99" },
                    { new Guid("745b8f93-1578-abe3-e103-f1335fc60915"), "421", null, new DateOnly(2015, 1, 1), null, 1, "Retained earnings", "Lợi nhuận sau thuế chưa phân phối", "Both", null, true, "Tt200" },
                    { new Guid("74c96ab8-9c2e-8028-eaf4-d7e37871d676"), "5112", null, new DateOnly(2015, 1, 1), null, 2, "Revenue from products", "Doanh thu bán thành phẩm", "Credit", "511", true, "Tt200" },
                    { new Guid("74edbf3a-627a-7160-b575-2b052c37e9f6"), "334", null, new DateOnly(2026, 1, 1), null, 1, "Payables to employees", "Phải trả người lao động", "Credit", null, true, "Tt99" },
                    { new Guid("75e2f410-133f-6629-85b8-ae6402478420"), "711", null, new DateOnly(2017, 1, 1), null, 1, "Other income", "Thu nhập khác", "Credit", null, true, "Tt133" },
                    { new Guid("77a51609-5422-93d5-0709-ac86606ad737"), "211", null, new DateOnly(2026, 1, 1), null, 1, "Tangible fixed assets", "Tài sản cố định hữu hình", "Debit", null, true, "Tt99" },
                    { new Guid("77edb040-d01d-463f-2a35-f9ded9194ace"), "3383", null, new DateOnly(2026, 1, 1), null, 2, "Social insurance", "Bảo hiểm xã hội", "Credit", "338", true, "Tt99" },
                    { new Guid("7a6f43d5-e5a6-d337-8213-6f35273363c8"), "1112", null, new DateOnly(2026, 1, 1), null, 2, "Foreign-currency cash", "Ngoại tệ", "Debit", "111", false, "Tt99" },
                    { new Guid("7e4e6bc4-df05-2c35-6c2f-3f2016b64eab"), "3382", null, new DateOnly(2017, 1, 1), null, 2, "Trade union fee", "Kinh phí công đoàn", "Credit", "338", true, "Tt133" },
                    { new Guid("7e701724-890b-f2ef-ab19-5b25815db619"), "911", null, new DateOnly(2026, 1, 1), null, 1, "Income summary", "Xác định kết quả kinh doanh", "None", null, true, "Tt99" },
                    { new Guid("805fda79-245b-d07b-2c0c-a8d56259e44c"), "155", null, new DateOnly(2015, 1, 1), null, 1, "Finished goods", "Thành phẩm", "Debit", null, true, "Tt200" },
                    { new Guid("81e8df94-3017-df47-d7f7-52e3a5985690"), "1561", null, new DateOnly(2017, 1, 1), null, 2, "Purchase price of goods", "Giá mua hàng hóa", "Debit", "156", true, "Tt133" },
                    { new Guid("83592a99-b2ea-c978-6344-f496bd2eb72e"), "3331", null, new DateOnly(2026, 1, 1), null, 2, "VAT payable", "Thuế giá trị gia tăng phải nộp", "Credit", "333", true, "Tt99" },
                    { new Guid("84c54bb5-553a-2714-8301-9f33a94b1677"), "1122", null, new DateOnly(2015, 1, 1), null, 2, "Foreign-currency deposits", "Ngoại tệ", "Debit", "112", true, "Tt200" },
                    { new Guid("8546b675-1c85-9c86-ce2c-d629b4d53f61"), "1122", null, new DateOnly(2017, 1, 1), null, 2, "Foreign-currency deposits", "Ngoại tệ", "Debit", "112", true, "Tt133" },
                    { new Guid("875c622f-d8b0-1d89-117c-7676c20540f7"), "511", null, new DateOnly(2015, 1, 1), null, 1, "Revenue", "Doanh thu bán hàng và cung cấp dịch vụ", "Credit", null, true, "Tt200" },
                    { new Guid("87b9582f-b573-841b-813c-5b2e56dc2bda"), "2295", null, new DateOnly(2026, 1, 1), null, 2, "Allowance for biological asset losses", "Dự phòng tổn thất tài sản sinh học", "Credit", "229", true, "Tt99" },
                    { new Guid("887a151a-c24f-dacb-b6d2-94e11a3aac0b"), "8212", null, new DateOnly(2015, 1, 1), null, 2, "Deferred CIT expense", "Chi phí thuế TNDN hoãn lại", "Debit", "821", true, "Tt200" },
                    { new Guid("8881ee90-6648-81f1-e53f-e27fbb2ade97"), "3412", null, new DateOnly(2017, 1, 1), null, 2, "Finance-lease liabilities", "Nợ thuê tài chính", "Credit", "341", true, "Tt133" },
                    { new Guid("89ada916-1186-cba9-d54e-a19fc9cd59e5"), "334", null, new DateOnly(2017, 1, 1), null, 1, "Payables to employees", "Phải trả người lao động", "Credit", null, true, "Tt133" },
                    { new Guid("8bd31d32-b40a-949c-d80d-9073a5a9c67d"), "4211", null, new DateOnly(2017, 1, 1), null, 2, "Retained earnings, prior years", "LNST chưa phân phối năm trước", "Both", "421", true, "Tt133" },
                    { new Guid("8c6e8fe8-4a1c-045e-87b3-91942e73dead"), "4111", null, new DateOnly(2015, 1, 1), null, 2, "Contributed capital", "Vốn góp của chủ sở hữu", "Credit", "411", true, "Tt200" },
                    { new Guid("8d2064fd-d6a9-b3f0-36b9-49b9f5a424d3"), "411", null, new DateOnly(2017, 1, 1), null, 1, "Owner's capital", "Vốn đầu tư của chủ sở hữu", "Credit", null, true, "Tt133" },
                    { new Guid("8d812719-aa81-fc4e-c91a-14401078d9dd"), "811", null, new DateOnly(2026, 1, 1), null, 1, "Other expenses", "Chi phí khác", "Debit", null, true, "Tt99" },
                    { new Guid("8f10216c-0566-de6e-31d1-7f8e8159178d"), "811", null, new DateOnly(2017, 1, 1), null, 1, "Other expenses", "Chi phí khác", "Debit", null, true, "Tt133" },
                    { new Guid("91046557-2125-d203-ef17-aba74e23227a"), "5113", null, new DateOnly(2026, 1, 1), null, 2, "Revenue from services", "Doanh thu cung cấp dịch vụ", "Credit", "511", false, "Tt99" },
                    { new Guid("91913e20-00ee-0339-507b-39551c04a643"), "33311", null, new DateOnly(2017, 1, 1), null, 3, "Output VAT", "Thuế GTGT đầu ra", "Credit", "3331", true, "Tt133" },
                    { new Guid("93bcd1dc-4188-e16a-afaa-c9b4a0711265"), "1388", null, new DateOnly(2015, 1, 1), null, 2, "Other receivables", "Phải thu khác", "Debit", "138", true, "Tt200" },
                    { new Guid("9507ba62-f326-bc9c-16db-ad9b4994e1f6"), "1331", null, new DateOnly(2015, 1, 1), null, 2, "Deductible VAT on goods and services", "Thuế GTGT được khấu trừ của hàng hóa, dịch vụ", "Debit", "133", true, "Tt200" },
                    { new Guid("95bc7218-2215-f7ad-88a2-7108e0fe3be2"), "632", null, new DateOnly(2026, 1, 1), null, 1, "Cost of goods sold", "Giá vốn hàng bán", "Debit", null, true, "Tt99" },
                    { new Guid("95ef8b71-944d-b413-3180-3cfb8f466f1b"), "3387", null, new DateOnly(2015, 1, 1), null, 2, "Unearned revenue", "Doanh thu chưa thực hiện", "Credit", "338", true, "Tt200" },
                    { new Guid("98741a38-400a-aa8d-9391-136bbca2e0ce"), "3411", null, new DateOnly(2026, 1, 1), null, 2, "Borrowings", "Các khoản đi vay", "Credit", "341", true, "Tt99" },
                    { new Guid("98d76645-0607-9ac4-0fe7-a4443c5925da"), "511", null, new DateOnly(2026, 1, 1), null, 1, "Revenue", "Doanh thu bán hàng và cung cấp dịch vụ", "Credit", null, true, "Tt99" },
                    { new Guid("9a996e36-bafb-b3a8-e5a0-57168b370a4a"), "3385", null, new DateOnly(2017, 1, 1), null, 2, "Unemployment insurance", "Bảo hiểm thất nghiệp", "Credit", "338", true, "Tt133" },
                    { new Guid("9bd1af59-3730-aaf1-fc64-4d032090e659"), "338", null, new DateOnly(2015, 1, 1), null, 1, "Other payables", "Phải trả, phải nộp khác", "Credit", null, true, "Tt200" },
                    { new Guid("9c0afd04-5de4-6ff5-1121-67bd20807129"), "622", null, new DateOnly(2015, 1, 1), null, 1, "Direct labour", "Chi phí nhân công trực tiếp", "Debit", null, true, "Tt200" },
                    { new Guid("9dff9c68-b095-001d-a7d2-d83c0be5fa8c"), "155", null, new DateOnly(2026, 1, 1), null, 1, "Products", "Sản phẩm", "Debit", null, true, "Tt99" },
                    { new Guid("9e53daf5-0690-d518-5a1b-34b0e2b40a95"), "112", null, new DateOnly(2015, 1, 1), null, 1, "Cash in bank", "Tiền gửi ngân hàng", "Debit", null, true, "Tt200" },
                    { new Guid("9ef14128-b0af-5e79-62cd-5c568bf0cb07"), "1112", null, new DateOnly(2017, 1, 1), null, 2, "Foreign-currency cash", "Ngoại tệ", "Debit", "111", true, "Tt133" },
                    { new Guid("a1389945-5a16-2348-bd43-5945a1a1d9da"), "1562", null, new DateOnly(2017, 1, 1), null, 2, "Purchase costs of goods", "Chi phí thu mua hàng hóa", "Debit", "156", true, "Tt133" },
                    { new Guid("a1cace2b-ecd6-1957-2c4c-5cf79ee61693"), "911", null, new DateOnly(2015, 1, 1), null, 1, "Income summary", "Xác định kết quả kinh doanh", "None", null, true, "Tt200" },
                    { new Guid("a2960cba-c0d8-7d10-c401-f6b9003b7565"), "111", null, new DateOnly(2017, 1, 1), null, 1, "Cash", "Tiền mặt", "Debit", null, true, "Tt133" },
                    { new Guid("a3d1923f-251d-283b-3c3c-aad2f7022614"), "411", null, new DateOnly(2026, 1, 1), null, 1, "Owner's capital", "Vốn đầu tư của chủ sở hữu", "Credit", null, true, "Tt99" },
                    { new Guid("a566239a-094c-28df-975c-8945582c6aa9"), "341", null, new DateOnly(2017, 1, 1), null, 1, "Borrowings and finance-lease liabilities", "Vay và nợ thuê tài chính", "Credit", null, true, "Tt133" },
                    { new Guid("a578cb16-88f2-2cfc-dbef-4e36b470981e"), "133", null, new DateOnly(2017, 1, 1), null, 1, "Deductible input VAT", "Thuế GTGT được khấu trừ", "Debit", null, true, "Tt133" },
                    { new Guid("abb69684-12c1-b05f-933d-2cc562b19d2e"), "627", null, new DateOnly(2026, 1, 1), null, 1, "Manufacturing overhead", "Chi phí sản xuất chung", "Debit", null, true, "Tt99" },
                    { new Guid("ad5ef7bd-ccce-271b-d4de-0f0fea5b7467"), "138", null, new DateOnly(2017, 1, 1), null, 1, "Other receivables", "Phải thu khác", "Debit", null, true, "Tt133" },
                    { new Guid("af7b2e42-2843-552b-ebc3-2dc2e3c01c43"), "5118", null, new DateOnly(2026, 1, 1), null, 2, "Other revenue", "Doanh thu khác", "Credit", "511", false, "Tt99" },
                    { new Guid("b045fddb-4219-5035-3423-6fd4e3ff7068"), "156", null, new DateOnly(2017, 1, 1), null, 1, "Merchandise", "Hàng hóa", "Debit", null, true, "Tt133" },
                    { new Guid("b115c629-7a7a-27fd-0602-0ef9a178d879"), "3387", null, new DateOnly(2017, 1, 1), null, 2, "Unearned revenue", "Doanh thu chưa thực hiện", "Credit", "338", true, "Tt133" },
                    { new Guid("b1326114-2c0f-8ea5-ac1f-1b594d0333e4"), "3331", null, new DateOnly(2015, 1, 1), null, 2, "VAT payable", "Thuế giá trị gia tăng phải nộp", "Credit", "333", true, "Tt200" },
                    { new Guid("b79f980e-03fc-d518-bf1d-965e5a385885"), "5111", null, new DateOnly(2026, 1, 1), null, 2, "Revenue from goods", "Doanh thu bán hàng hóa", "Credit", "511", false, "Tt99" },
                    { new Guid("b7d13052-9bd9-69a9-273b-1636f7c3058f"), "635", null, new DateOnly(2017, 1, 1), null, 1, "Financial expenses", "Chi phí tài chính", "Debit", null, true, "Tt133" },
                    { new Guid("ba013a8d-a967-1761-d375-5c9bd0027e8c"), "411", null, new DateOnly(2015, 1, 1), null, 1, "Owner's capital", "Vốn đầu tư của chủ sở hữu", "Credit", null, true, "Tt200" },
                    { new Guid("ba55909c-0236-19fc-b82b-e9e7a63df56a"), "2141", null, new DateOnly(2026, 1, 1), null, 2, "Depreciation of tangible fixed assets", "Hao mòn TSCĐ hữu hình", "Credit", "214", true, "Tt99" },
                    { new Guid("ba83dd53-5231-a7f2-7a80-bf0ad2248571"), "4212", null, new DateOnly(2026, 1, 1), null, 2, "Retained earnings, current year", "LNST chưa phân phối năm nay", "Both", "421", true, "Tt99" },
                    { new Guid("bcf89b5d-0d80-ab37-10d3-c65b293f89f6"), "6425", null, new DateOnly(2026, 1, 1), null, 2, "Taxes, fees and charges", "Thuế, phí và lệ phí", "Debit", "642", true, "Tt99" },
                    { new Guid("bdfd3e61-cb03-5968-c620-8d73441ee477"), "8212", null, new DateOnly(2026, 1, 1), null, 2, "Deferred CIT expense", "Chi phí thuế TNDN hoãn lại", "Debit", "821", true, "Tt99" },
                    { new Guid("be02ce60-012f-9b49-40d6-797ee8d13cd0"), "214", null, new DateOnly(2017, 1, 1), null, 1, "Accumulated depreciation", "Hao mòn tài sản cố định", "Credit", null, true, "Tt133" },
                    { new Guid("bff44dfc-eaf1-7a9e-807f-8a8f4d8fd993"), "1331", null, new DateOnly(2026, 1, 1), null, 2, "Deductible VAT on goods and services", "Thuế GTGT được khấu trừ của hàng hóa, dịch vụ", "Debit", "133", true, "Tt99" },
                    { new Guid("c121b79a-c1bd-30ce-fe03-fc4f4ee66615"), "335", null, new DateOnly(2015, 1, 1), null, 1, "Accrued expenses", "Chi phí phải trả", "Credit", null, true, "Tt200" },
                    { new Guid("c456264e-0c70-e8bb-93fd-d2f0e7f58e88"), "331", null, new DateOnly(2026, 1, 1), null, 1, "Trade payables", "Phải trả cho người bán", "Both", null, true, "Tt99" },
                    { new Guid("c686cdaf-19bc-2a4b-cfde-ab35ae180030"), "331", null, new DateOnly(2015, 1, 1), null, 1, "Trade payables", "Phải trả cho người bán", "Both", null, true, "Tt200" },
                    { new Guid("c6b4c44c-a041-4e86-86eb-26253b4f99e6"), "6422", null, new DateOnly(2015, 1, 1), null, 2, "Administrative materials", "Chi phí vật liệu quản lý", "Debit", "642", true, "Tt200" },
                    { new Guid("c7a7602e-9748-4cf8-0f16-e30db0fd0b64"), "6427", null, new DateOnly(2015, 1, 1), null, 2, "Outsourced services", "Chi phí dịch vụ mua ngoài", "Debit", "642", true, "Tt200" },
                    { new Guid("c9368aa0-1178-60fc-5d91-6f0b246df87a"), "156", null, new DateOnly(2015, 1, 1), null, 1, "Merchandise", "Hàng hóa", "Debit", null, true, "Tt200" },
                    { new Guid("cb8d2184-2ae7-f5f1-dd5f-615457185b89"), "5111", null, new DateOnly(2017, 1, 1), null, 2, "Revenue from goods", "Doanh thu bán hàng hóa", "Credit", "511", true, "Tt133" },
                    { new Guid("cc33883a-ce05-32b6-0408-d595dc372fd2"), "421", null, new DateOnly(2026, 1, 1), null, 1, "Retained earnings", "Lợi nhuận sau thuế chưa phân phối", "Both", null, true, "Tt99" },
                    { new Guid("ce069fbe-b7d0-4880-5245-9e08ab9b99fd"), "2294", null, new DateOnly(2026, 1, 1), null, 2, "Allowance for inventory write-down", "Dự phòng giảm giá hàng tồn kho", "Credit", "229", true, "Tt99" },
                    { new Guid("ce300d96-71ef-8a91-7fc2-280332d1b95c"), "4211", null, new DateOnly(2015, 1, 1), null, 2, "Retained earnings, prior years", "LNST chưa phân phối năm trước", "Both", "421", true, "Tt200" },
                    { new Guid("d03bcfb0-a0b2-ee9e-e49e-ce03d78d27a0"), "2141", null, new DateOnly(2015, 1, 1), null, 2, "Depreciation of tangible fixed assets", "Hao mòn TSCĐ hữu hình", "Credit", "214", true, "Tt200" },
                    { new Guid("d12218d1-3ea5-cf02-ec3b-3bb9f86cb19e"), "3382", null, new DateOnly(2026, 1, 1), null, 2, "Trade union fee", "Kinh phí công đoàn", "Credit", "338", true, "Tt99" },
                    { new Guid("d2f4c3eb-a160-4b28-997a-46fa9a662b11"), "335", null, new DateOnly(2026, 1, 1), null, 1, "Accrued expenses", "Chi phí phải trả", "Credit", null, true, "Tt99" },
                    { new Guid("d4237f52-aeca-deb8-c57b-d0e48651e52d"), "156", null, new DateOnly(2026, 1, 1), null, 1, "Merchandise", "Hàng hóa", "Debit", null, true, "Tt99" },
                    { new Guid("d4f71262-9467-7ee9-414d-433779039c78"), "811", null, new DateOnly(2015, 1, 1), null, 1, "Other expenses", "Chi phí khác", "Debit", null, true, "Tt200" },
                    { new Guid("d6b560f6-c3f0-6447-a049-1ee2197d6e8b"), "112", null, new DateOnly(2026, 1, 1), null, 1, "Demand deposits", "Tiền gửi không kỳ hạn", "Debit", null, true, "Tt99" },
                    { new Guid("d8617243-7c79-93a8-92f1-6ff66898ab1e"), "133", null, new DateOnly(2015, 1, 1), null, 1, "Deductible input VAT", "Thuế GTGT được khấu trừ", "Debit", null, true, "Tt200" },
                    { new Guid("d9edc549-a16d-e1c1-d669-eed13c94fba7"), "1331", null, new DateOnly(2017, 1, 1), null, 2, "Deductible VAT on goods and services", "Thuế GTGT được khấu trừ của hàng hóa, dịch vụ", "Debit", "133", true, "Tt133" },
                    { new Guid("dbcf80f8-50f7-d2ef-45ae-7a9e11009f9f"), "3383", null, new DateOnly(2017, 1, 1), null, 2, "Social insurance", "Bảo hiểm xã hội", "Credit", "338", true, "Tt133" },
                    { new Guid("dbe622db-7cd3-2e3a-ca71-538e7330f65e"), "641", null, new DateOnly(2026, 1, 1), null, 1, "Selling expenses", "Chi phí bán hàng", "Debit", null, true, "Tt99" },
                    { new Guid("dc03ead8-0dee-add2-f096-5b87950cd4fe"), "5113", null, new DateOnly(2017, 1, 1), null, 2, "Revenue from services", "Doanh thu cung cấp dịch vụ", "Credit", "511", true, "Tt133" },
                    { new Guid("e47a5f3f-c461-9aa8-c02a-90ee2f9a3407"), "154", null, new DateOnly(2026, 1, 1), null, 1, "Work in progress", "Chi phí sản xuất, kinh doanh dở dang", "Debit", null, true, "Tt99" },
                    { new Guid("e497009f-6a85-cb27-336f-fdf2e5321be6"), "131", null, new DateOnly(2015, 1, 1), null, 1, "Trade receivables", "Phải thu của khách hàng", "Both", null, true, "Tt200" },
                    { new Guid("e5927532-1310-a858-29fa-9da1ebea8540"), "113", null, new DateOnly(2026, 1, 1), null, 1, "Cash in transit", "Tiền đang chuyển", "Debit", null, true, "Tt99" },
                    { new Guid("e5c9ee11-5b32-936d-779f-b45d97230109"), "1383", null, new DateOnly(2026, 1, 1), null, 2, "Excise tax on imports", "Thuế TTĐB của hàng nhập khẩu", "Debit", "138", true, "Tt99" },
                    { new Guid("e6cdd401-a7fc-fa27-403c-d68e51de1e6b"), "1332", null, new DateOnly(2026, 1, 1), null, 2, "Deductible VAT on fixed assets", "Thuế GTGT được khấu trừ của TSCĐ", "Debit", "133", true, "Tt99" },
                    { new Guid("e777c6d3-be22-d250-5da2-e3bbc4eaf5d0"), "6423", null, new DateOnly(2026, 1, 1), null, 2, "Office supplies", "Chi phí đồ dùng văn phòng", "Debit", "642", true, "Tt99" },
                    { new Guid("e8e0460a-6eed-7829-4df5-5b76bb1cdc14"), "1388", null, new DateOnly(2017, 1, 1), null, 2, "Other receivables", "Phải thu khác", "Debit", "138", true, "Tt133" },
                    { new Guid("ea19c5da-fa2f-b7de-94be-16e79fbafd5d"), "154", null, new DateOnly(2017, 1, 1), null, 1, "Work in progress", "Chi phí sản xuất, kinh doanh dở dang", "Debit", null, true, "Tt133" },
                    { new Guid("ea9eb01c-e341-b946-a79a-3f7f97dd4458"), "3386", null, new DateOnly(2015, 1, 1), null, 2, "Unemployment insurance", "Bảo hiểm thất nghiệp", "Credit", "338", true, "Tt200" },
                    { new Guid("eb4feedc-9dfb-03d4-102c-edc295258ed3"), "821", null, new DateOnly(2017, 1, 1), null, 1, "Corporate income tax expense", "Chi phí thuế thu nhập doanh nghiệp", "Debit", null, true, "Tt133" },
                    { new Guid("ebbcc763-3b53-5167-d4a0-314ab5605b60"), "242", null, new DateOnly(2015, 1, 1), null, 1, "Prepaid expenses", "Chi phí trả trước", "Debit", null, true, "Tt200" },
                    { new Guid("f035903f-4874-6c13-868c-5c686bfc3c07"), "1111", null, new DateOnly(2026, 1, 1), null, 2, "VND cash", "Tiền Việt Nam", "Debit", "111", false, "Tt99" },
                    { new Guid("f068fc9e-0423-b4bf-08c6-d3202c252ffb"), "5118", null, new DateOnly(2015, 1, 1), null, 2, "Other revenue", "Doanh thu khác", "Credit", "511", true, "Tt200" },
                    { new Guid("f14fc604-fa88-f2a8-2221-184a6371b343"), "5111", null, new DateOnly(2015, 1, 1), null, 2, "Revenue from goods", "Doanh thu bán hàng hóa", "Credit", "511", true, "Tt200" },
                    { new Guid("f1c9dc3f-f529-d881-80df-050b6ac4b73c"), "33311", null, new DateOnly(2015, 1, 1), null, 3, "Output VAT", "Thuế GTGT đầu ra", "Credit", "3331", true, "Tt200" },
                    { new Guid("f301cbde-cc69-f067-a7d2-ff6469cf837f"), "6428", null, new DateOnly(2026, 1, 1), null, 2, "Other cash expenses", "Chi phí bằng tiền khác", "Debit", "642", true, "Tt99" },
                    { new Guid("f680ab5f-1a91-ab3f-977a-b61d1344085d"), "152", null, new DateOnly(2026, 1, 1), null, 1, "Raw materials", "Nguyên liệu, vật liệu", "Debit", null, true, "Tt99" },
                    { new Guid("f6c24f33-3062-b8ac-4fd8-a63385607e36"), "113", null, new DateOnly(2017, 1, 1), null, 1, "Cash in transit", "Tiền đang chuyển", "Debit", null, true, "Tt133" },
                    { new Guid("f7228569-a511-24b6-2f23-69cdb1fd18dc"), "113", null, new DateOnly(2015, 1, 1), null, 1, "Cash in transit", "Tiền đang chuyển", "Debit", null, true, "Tt200" },
                    { new Guid("f762c082-333b-b448-83b9-cb16ff46314f"), "3335", null, new DateOnly(2026, 1, 1), null, 2, "Personal income tax", "Thuế thu nhập cá nhân", "Credit", "333", true, "Tt99" },
                    { new Guid("f9b5d64e-1a41-7617-e7b3-cd0275a66a05"), "3411", null, new DateOnly(2015, 1, 1), null, 2, "Borrowings", "Các khoản đi vay", "Credit", "341", true, "Tt200" },
                    { new Guid("f9c8b82b-27c3-e80e-574c-845889f76d3d"), "821", null, new DateOnly(2015, 1, 1), null, 1, "Corporate income tax expense", "Chi phí thuế thu nhập doanh nghiệp", "Debit", null, true, "Tt200" },
                    { new Guid("fc4ca0da-5778-df30-c95b-b116a2eff01f"), "152", null, new DateOnly(2017, 1, 1), null, 1, "Raw materials", "Nguyên liệu, vật liệu", "Debit", null, true, "Tt133" },
                    { new Guid("fea4b494-5008-cdaf-ce5f-d41c9e3478b0"), "1562", null, new DateOnly(2015, 1, 1), null, 2, "Purchase costs of goods", "Chi phí thu mua hàng hóa", "Debit", "156", true, "Tt200" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_core_accounts_Regime_CompanyId_Code",
                table: "core_accounts",
                columns: new[] { "Regime", "CompanyId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_core_bank_accounts_CompanyId_AccountNumber",
                table: "core_bank_accounts",
                columns: new[] { "CompanyId", "AccountNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_core_branches_CompanyId_Code",
                table: "core_branches",
                columns: new[] { "CompanyId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_core_companies_TaxCode",
                table: "core_companies",
                column: "TaxCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_core_fiscal_periods_CompanyId_StartDate",
                table: "core_fiscal_periods",
                columns: new[] { "CompanyId", "StartDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_core_fiscal_periods_FiscalYearId",
                table: "core_fiscal_periods",
                column: "FiscalYearId");

            migrationBuilder.CreateIndex(
                name: "IX_core_fiscal_years_CompanyId_StartDate",
                table: "core_fiscal_years",
                columns: new[] { "CompanyId", "StartDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_core_general_journal_vouchers_CompanyId_InternalNumber",
                table: "core_general_journal_vouchers",
                columns: new[] { "CompanyId", "InternalNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_core_general_journal_vouchers_CompanyId_TaxNumber",
                table: "core_general_journal_vouchers",
                columns: new[] { "CompanyId", "TaxNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_core_journal_lines_CompanyId_Book_AccountCode_PartnerId",
                table: "core_journal_lines",
                columns: new[] { "CompanyId", "Book", "AccountCode", "PartnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_core_journal_lines_CompanyId_Book_PostingDate_AccountCode",
                table: "core_journal_lines",
                columns: new[] { "CompanyId", "Book", "PostingDate", "AccountCode" });

            migrationBuilder.CreateIndex(
                name: "IX_core_journal_lines_DocumentId_Book_LineNo",
                table: "core_journal_lines",
                columns: new[] { "DocumentId", "Book", "LineNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_core_number_series_CompanyId_Book_DocumentType_Scope",
                table: "core_number_series",
                columns: new[] { "CompanyId", "Book", "DocumentType", "Scope" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_core_opening_balances_CompanyId_Book_AccountCode_PartnerId",
                table: "core_opening_balances",
                columns: new[] { "CompanyId", "Book", "AccountCode", "PartnerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_core_partners_CompanyId_Code",
                table: "core_partners",
                columns: new[] { "CompanyId", "Code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "core_accounts");

            migrationBuilder.DropTable(
                name: "core_bank_accounts");

            migrationBuilder.DropTable(
                name: "core_branches");

            migrationBuilder.DropTable(
                name: "core_fiscal_periods");

            migrationBuilder.DropTable(
                name: "core_general_journal_lines");

            migrationBuilder.DropTable(
                name: "core_journal_lines");

            migrationBuilder.DropTable(
                name: "core_number_series");

            migrationBuilder.DropTable(
                name: "core_opening_balances");

            migrationBuilder.DropTable(
                name: "core_partners");

            migrationBuilder.DropTable(
                name: "core_fiscal_years");

            migrationBuilder.DropTable(
                name: "core_general_journal_vouchers");

            migrationBuilder.DropTable(
                name: "core_companies");
        }
    }
}
