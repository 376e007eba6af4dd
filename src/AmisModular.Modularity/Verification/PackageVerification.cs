using AmisModular.Modularity.Security;

namespace AmisModular.Modularity.Verification;

/// <summary>The result of checking a package's signature and files before loading it.</summary>
/// <param name="Problems">Each problem found, e.g. "AmisModular.Modules.Cash.dll: SHA-256 does not match module.json".</param>
/// <param name="Signature">The signature check, when a signature file was present and readable.</param>
public sealed record PackageVerification(IReadOnlyList<string> Problems, SignatureCheck? Signature)
{
    public bool IsValid => Problems.Count == 0;

    public string Reason => IsValid ? "signature and files verified" : string.Join("; ", Problems);
}
