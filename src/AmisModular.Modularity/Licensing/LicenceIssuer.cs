using System.Text;
using System.Text.Json;
using AmisModular.Modularity.Security;

namespace AmisModular.Modularity.Licensing;

/// <summary>Makes signed licence files (the vendor tool uses this; the host never holds a private key).</summary>
public static class LicenceIssuer
{
    private static readonly JsonSerializerOptions PayloadOptions = new()
    {
        WriteIndented = false,
        Encoder = LicenceFile.JsonOptions.Encoder,
    };

    /// <exception cref="LicenceFormatException">A field breaks a rule (all broken rules are listed).</exception>
    public static LicenceFile Issue(Licence licence, string privateKeyPem)
    {
        var errors = LicenceValidator.Validate(licence);
        if (errors.Count > 0)
        {
            throw new LicenceFormatException(string.Join(Environment.NewLine, errors));
        }

        var licenceJson = JsonSerializer.Serialize(licence, PayloadOptions);
        var signature = Signer.Sign(Encoding.UTF8.GetBytes(licenceJson), privateKeyPem);
        return new LicenceFile(LicenceFile.CurrentFormat, licenceJson, signature);
    }
}
