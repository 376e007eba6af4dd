using System.ComponentModel;
using AmisModular.Cli.Accounting;
using Spectre.Console.Cli;

namespace AmisModular.Cli.Commands.Book;

public sealed class OpeningBalanceSettings : LedgerSettings
{
    [CommandOption("--book <BOOK>")]
    [Description("Tax (mặc định / default) hoặc / or Internal")]
    public string? Book { get; init; }

    [CommandOption("--account <ACCOUNT>")]
    [Description("Tài khoản chi tiết, ví dụ 1111 / detail account, e.g. 1111")]
    public string? Account { get; init; }

    [CommandOption("--debit <AMOUNT>")]
    [Description("Dư Nợ / debit balance")]
    public string? Debit { get; init; }

    [CommandOption("--credit <AMOUNT>")]
    [Description("Dư Có / credit balance")]
    public string? Credit { get; init; }

    [CommandOption("--partner <CODE>")]
    [Description("Mã đối tượng (bắt buộc cho 131, 331...) / partner code (required for 131, 331...)")]
    public string? Partner { get; init; }

    [CommandOption("--date <DATE>")]
    [Description("Ngày số dư, mặc định ngày đầu năm tài chính đầu tiên / as-of date; default the first fiscal year's first day")]
    public string? Date { get; init; }
}
