using System.Security.Cryptography;
using AmisModular.Modularity.Catalog;
using AmisModular.Modularity.Manifests;
using AmisModular.Modularity.Security;

namespace AmisModular.Modularity.Verification;

/// <summary>
/// Checks a package before any of its code loads: the signature over the exact bytes of module.json, then every
/// listed assembly's SHA-256, then that no *.dll in the folder is unlisted (a dropped-in dll is tampering).
/// </summary>
public sealed class ModulePackageVerifier(SignatureVerifier signatures)
{
    public PackageVerification Verify(ModuleDescriptor package)
    {
        var problems = new List<string>();
        var signature = CheckSignature(package, problems);
        if (signature is { IsValid: false })
        {
            problems.Add($"signature: {signature.Reason}");
        }

        // Files are checked even when the signature fails, so one run reports everything wrong with the package.
        CheckListedFiles(package, problems);
        CheckUnlistedFiles(package, problems);
        return new PackageVerification(problems, signature);
    }

    private SignatureCheck? CheckSignature(ModuleDescriptor package, List<string> problems)
    {
        var path = Path.Combine(package.Directory, ModuleManifest.SignatureFileName);
        if (!File.Exists(path))
        {
            problems.Add($"{ModuleManifest.SignatureFileName} is missing: the package is unsigned / gói chưa được ký");
            return null;
        }

        var signature = DetachedSignature.TryParse(File.ReadAllText(path));
        if (signature is null)
        {
            problems.Add($"{ModuleManifest.SignatureFileName} is not a valid signature file / tệp chữ ký hỏng");
            return null;
        }

        return signatures.Verify(package.ManifestBytes.Span, signature);
    }

    private static void CheckListedFiles(ModuleDescriptor package, List<string> problems)
    {
        foreach (var assembly in package.Manifest.Assemblies)
        {
            var path = Path.Combine(package.Directory, assembly.Path);
            if (!File.Exists(path))
            {
                problems.Add($"{assembly.Path}: listed in {ModuleManifest.FileName} but missing / thiếu tệp");
                continue;
            }

            using var stream = File.OpenRead(path);
            var actual = Convert.ToHexStringLower(SHA256.HashData(stream));
            if (actual != assembly.Sha256)
            {
                problems.Add($"{assembly.Path}: SHA-256 does not match {ModuleManifest.FileName} (changed after signing) / tệp đã bị sửa");
            }
        }
    }

    private static void CheckUnlistedFiles(ModuleDescriptor package, List<string> problems)
    {
        var listed = package.Manifest.Assemblies.Select(a => a.Path).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var files = Directory.EnumerateFiles(package.Directory, "*.dll", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(package.Directory, f).Replace('\\', '/'))
            .Where(f => !listed.Contains(f))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            problems.Add($"{file}: not listed in {ModuleManifest.FileName}; unlisted assemblies are refused / tệp lạ trong gói");
        }
    }
}
