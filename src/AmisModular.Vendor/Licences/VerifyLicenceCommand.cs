using AmisModular.Modularity.Licensing;
using AmisModular.Modularity.Security;
using AmisModular.Vendor.Cli;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AmisModular.Vendor.Licences;

/// <summary>`licence verify`: the same checks the host makes, against one public key; exit 2 when the licence would be refused.</summary>
public sealed class VerifyLicenceCommand(IAnsiConsole console) : Command<VerifyLicenceSettings>
{
    public override int Execute(CommandContext context, VerifyLicenceSettings settings, CancellationToken cancellationToken)
    {
        var fileJson = Inputs.ReadFile(settings.File, "<FILE>");
        var publicKey = Inputs.ReadKey(settings.PublicKey, "--pub");
        TimeProvider time = settings.On is null ? TimeProvider.System : new FixedDateTimeProvider(Inputs.ParseDate(settings.On, "--on"));
        var verifier = new LicenceVerifier(new SignatureVerifier([PublisherKey.FromPem(publicKey)], allowDevelopmentKeys: true), time);

        var verification = verifier.Verify(fileJson, settings.TaxCode);
        if (verification.Status == LicenceStatus.Unreadable)
        {
            throw new VendorInputException($"<FILE>: {verification.Reason}");
        }

        console.Write(new Text(LicenceSummary.Format(verification)));
        return verification.IsValid ? ExitCodes.Ok : ExitCodes.VerificationFailed;
    }
}
