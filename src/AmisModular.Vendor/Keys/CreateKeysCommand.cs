using AmisModular.Modularity.Security;
using AmisModular.Vendor.Cli;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AmisModular.Vendor.Keys;

/// <summary>`keys create`: a new ECDSA P-256 pair as PKCS#8 / SPKI PEM files; prints the key id.</summary>
public sealed class CreateKeysCommand(IAnsiConsole console) : Command<CreateKeysSettings>
{
    public override int Execute(CommandContext context, CreateKeysSettings settings, CancellationToken cancellationToken)
    {
        var folder = Inputs.Required(settings.Out, "--out");
        var privatePath = Path.Combine(folder, settings.Name + ".pem");
        var publicPath = Path.Combine(folder, settings.Name + ".pub.pem");
        if (!settings.Force && (File.Exists(privatePath) || File.Exists(publicPath)))
        {
            throw new VendorInputException(
                $"--out: đã có khóa {privatePath}, dùng --force để ghi đè / a key already exists at {privatePath}; use --force to replace it");
        }

        var (privatePem, publicPem) = Signer.CreateKeyPair();
        Directory.CreateDirectory(folder);
        File.WriteAllText(privatePath, privatePem + "\n");
        File.WriteAllText(publicPath, publicPem + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(privatePath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        console.WriteLine($"Mã khóa / Key id: {KeyIds.For(publicPem)}");
        console.WriteLine($"Khóa bí mật / Private key: {privatePath}");
        console.WriteLine($"Khóa công khai / Public key: {publicPath}");
        return ExitCodes.Ok;
    }
}
