using System.ComponentModel;
using Spectre.Console.Cli;

namespace AmisModular.Vendor.Licences;

public sealed class VerifyLicenceSettings : CommandSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("Tệp giấy phép / licence file")]
    public string File { get; init; } = string.Empty;

    [CommandOption("--pub <PUBLIC_PEM>")]
    [Description("Khóa công khai của nhà cung cấp / vendor public key")]
    public string? PublicKey { get; init; }

    [CommandOption("--tax-code <MST>")]
    [Description("Kiểm tra giấy phép thuộc MST này / check the licence is for this MST")]
    public string? TaxCode { get; init; }

    [CommandOption("--on <YYYY-MM-DD>")]
    [Description("Kiểm tra hiệu lực vào ngày này, mặc định hôm nay / check validity on this day, today when omitted")]
    public string? On { get; init; }
}
