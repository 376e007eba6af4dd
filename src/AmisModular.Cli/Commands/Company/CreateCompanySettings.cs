using System.ComponentModel;
using AmisModular.Cli.Accounting;
using Spectre.Console.Cli;

namespace AmisModular.Cli.Commands.Company;

public sealed class CreateCompanySettings : LedgerSettings
{
    [CommandOption("--name <NAME>")]
    [Description("Tên công ty / company name")]
    public string? Name { get; init; }

    [CommandOption("--tax-code <TAXCODE>")]
    [Description("Mã số thuế (10, 10-3 hoặc 12 chữ số) / tax code (10, 10-3 or 12 digits)")]
    public string? TaxCode { get; init; }

    [CommandOption("--regime <REGIME>")]
    [Description("Chế độ kế toán TT99|TT200|TT133; mặc định TT99 từ 2026 / accounting regime; default TT99 from 2026")]
    public string? Regime { get; init; }

    [CommandOption("--fiscal-year <YEAR>")]
    [Description("Năm tài chính đầu tiên, ví dụ 2026 / first fiscal year, e.g. 2026")]
    public int? FiscalYear { get; init; }

    [CommandOption("--internal-book")]
    [Description("Dùng thêm sổ quản trị / also keep the Internal (management) book")]
    public bool InternalBook { get; init; }
}
