using System.ComponentModel;
using Spectre.Console.Cli;

namespace AmisModular.Vendor.Licences;

public sealed class IssueLicenceSettings : CommandSettings
{
    [CommandOption("--key <PRIVATE_PEM>")]
    [Description("Khóa bí mật ký giấy phép / private key that signs the licence")]
    public string? Key { get; init; }

    [CommandOption("--tenant-id <ID>")]
    public string? TenantId { get; init; }

    [CommandOption("--company <NAME>")]
    public string? Company { get; init; }

    [CommandOption("--tax-code <MST>")]
    [Description("MST: 10 chữ số hoặc 10-3 / 10 digits or 10-3 digits")]
    public string? TaxCode { get; init; }

    [CommandOption("--edition <EDITION>")]
    public string? Edition { get; init; }

    [CommandOption("--module <ID:MAJOR>")]
    [Description("Phân hệ và phiên bản chính cao nhất, lặp lại được / module and highest licensed major, repeatable: cash:1")]
    public string[] Modules { get; init; } = [];

    [CommandOption("--seats <N>")]
    public int? Seats { get; init; }

    [CommandOption("--devices <N>")]
    public int? Devices { get; init; }

    [CommandOption("--from <YYYY-MM-DD>")]
    public string? From { get; init; }

    [CommandOption("--until <YYYY-MM-DD>")]
    public string? Until { get; init; }

    [CommandOption("--licence-id <ID>")]
    [Description("Mặc định tự sinh / generated when omitted")]
    public string? LicenceId { get; init; }

    [CommandOption("--issued <YYYY-MM-DD>")]
    [Description("Ngày cấp, mặc định hôm nay / issue date, today when omitted")]
    public string? Issued { get; init; }

    [CommandOption("--out <FILE>")]
    public string? Out { get; init; }
}
