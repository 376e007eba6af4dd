using System.ComponentModel;
using AmisModular.Cli.Accounting;
using Spectre.Console.Cli;

namespace AmisModular.Cli.Commands.Account;

public sealed class AddAccountSettings : LedgerSettings
{
    [CommandArgument(0, "<CODE>")]
    [Description("Số hiệu tài khoản chi tiết, ví dụ 11211 / sub-account code, e.g. 11211")]
    public string Code { get; init; } = string.Empty;

    [CommandOption("--parent <CODE>")]
    [Description("Tài khoản tổng hợp, ví dụ 1121 / parent account, e.g. 1121")]
    public string? Parent { get; init; }

    [CommandOption("--name <NAME>")]
    [Description("Tên tài khoản (tiếng Việt) / account name (Vietnamese)")]
    public string? Name { get; init; }

    [CommandOption("--name-en <NAME>")]
    [Description("Tên tiếng Anh / English name")]
    public string? NameEn { get; init; }

    [CommandOption("--regime <REGIME>")]
    [Description("TT99|TT200|TT133; mặc định chế độ của năm tài chính mới nhất / default the latest fiscal year's regime")]
    public string? Regime { get; init; }
}
