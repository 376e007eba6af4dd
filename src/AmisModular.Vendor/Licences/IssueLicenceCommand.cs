using System.Globalization;
using AmisModular.Modularity.Licensing;
using AmisModular.Vendor.Cli;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AmisModular.Vendor.Licences;

/// <summary>`licence issue`: builds, validates and signs a licence file.</summary>
public sealed class IssueLicenceCommand(IAnsiConsole console) : Command<IssueLicenceSettings>
{
    public override int Execute(CommandContext context, IssueLicenceSettings settings, CancellationToken cancellationToken)
    {
        var privateKey = Inputs.ReadKey(settings.Key, "--key");
        var outPath = Inputs.Required(settings.Out, "--out");
        var licence = new Licence(
            settings.LicenceId ?? $"LIC-{DateTime.UtcNow:yyyyMMdd}-{Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()}",
            settings.Issued is null ? DateOnly.FromDateTime(DateTime.UtcNow) : Inputs.ParseDate(settings.Issued, "--issued"),
            new Licensee(
                Inputs.Required(settings.TenantId, "--tenant-id"),
                Inputs.Required(settings.Company, "--company"),
                Inputs.Required(settings.TaxCode, "--tax-code")),
            Inputs.Required(settings.Edition, "--edition"),
            settings.Modules.Select(ParseModule).ToList(),
            settings.Seats ?? throw new VendorInputException("--seats: bắt buộc / required"),
            settings.Devices ?? throw new VendorInputException("--devices: bắt buộc / required"),
            Inputs.ParseDate(settings.From, "--from"),
            Inputs.ParseDate(settings.Until, "--until"));

        LicenceFile file;
        try
        {
            file = LicenceIssuer.Issue(licence, privateKey);
        }
        catch (LicenceFormatException e)
        {
            throw new VendorInputException(e.Message, e);
        }

        File.WriteAllText(outPath, file.ToJson());
        console.WriteLine($"Đã cấp giấy phép / Issued licence {licence.LicenceId} → {outPath} (khóa / key {file.Signature.KeyId})");
        return ExitCodes.Ok;
    }

    private static LicensedModule ParseModule(string text)
    {
        var parts = text.Split(':');
        if (parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var major))
        {
            return new LicensedModule(parts[0].Trim(), major);
        }

        throw new VendorInputException($"--module: '{text}' phải có dạng id:major, ví dụ cash:1 / must be id:major, e.g. cash:1");
    }
}
