using System.ComponentModel;
using Spectre.Console.Cli;

namespace AmisModular.Vendor.Keys;

public sealed class CreateKeysSettings : CommandSettings
{
    [CommandOption("--out <DIR>")]
    [Description("Thư mục ghi cặp khóa / folder to write the key pair to")]
    public string? Out { get; init; }

    [CommandOption("--name <NAME>")]
    [Description("Tên tệp: <name>.pem và <name>.pub.pem / file name stem")]
    [DefaultValue("signing-key")]
    public string Name { get; init; } = "signing-key";

    [CommandOption("--force")]
    [Description("Ghi đè khóa đã có / overwrite an existing key pair")]
    public bool Force { get; init; }
}
