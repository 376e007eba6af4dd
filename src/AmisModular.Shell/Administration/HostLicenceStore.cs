using System.Security.Cryptography;
using System.Text;
using AmisModular.Modularity.Hosting;
using AmisModular.Modularity.Licensing;
using AmisModular.Modularity.Lifecycle;
using AmisModular.Modularity.Manifests;
using NuGet.Versioning;
using LicenceText = AmisModular.Modularity.Licensing.LicenceSummary;

namespace AmisModular.Shell.Administration;

/// <summary>
/// <see cref="ILicenceStore"/> on the licence service: an upload is verified (signature, tenant, dates) by
/// <see cref="LicenceInstaller"/> before it replaces the installed licence, so a refused file keeps the old one.
/// Modules started under the old licence keep running; a restart applies the new one to the modules.
/// </summary>
public sealed class HostLicenceStore(InstallationOptions installation, LicenceGate gate, ModuleManager modules, TimeProvider clock) : ILicenceStore
{
    public const int MaximumSize = 1024 * 1024;

    public Task<LicenceSummary?> GetAsync(CancellationToken cancellationToken = default)
    {
        var path = installation.Licensing.LicenceFilePath;
        if (path is null || !File.Exists(path))
        {
            return Task.FromResult<LicenceSummary?>(null);
        }

        var bytes = File.ReadAllBytes(path);
        var details = Lines(LicenceText.Format(gate.Current)).ToList();
        if (installation.LicenceSource == LicenceSource.Development && path != installation.Paths.LicenceFilePath)
        {
            details.Insert(0, "Giấy phép phát triển (build/keys/dev-licence.json), chưa cài giấy phép / Development licence, none installed");
        }

        return Task.FromResult<LicenceSummary?>(Summary(Path.GetFileName(path), bytes, File.GetLastWriteTimeUtc(path), details));
    }

    public async Task<LicenceSummary> InstallAsync(string fileName, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var bytes = await ReadBoundedAsync(content, cancellationToken);
        if (bytes.Length == 0)
        {
            throw new InvalidLicenceFileException("Tệp giấy phép rỗng / The licence file is empty.");
        }

        string json;
        try
        {
            json = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidLicenceFileException("Tệp giấy phép không phải văn bản UTF-8 / The licence file is not UTF-8 text.");
        }

        var verification = Install(json);
        if (!verification.IsValid)
        {
            throw new InvalidLicenceFileException(
                $"Giấy phép bị từ chối, giấy phép cũ vẫn giữ nguyên / Licence refused, the previous licence is kept: {verification.Status} — {verification.Reason}");
        }

        // From now on the gate reads the installed file (in Development it may have read the development licence).
        installation.Licensing.LicenceFilePath = installation.Paths.LicenceFilePath;
        gate.Reload();
        var details = new List<string>(Lines(LicenceText.Format(gate.Current)));
        details.AddRange(Enables());
        details.Add("Khởi động lại chương trình để áp dụng thay đổi phân hệ / Restart the program to apply module changes.");
        return Summary(Path.GetFileName(fileName), bytes, clock.GetUtcNow(), details);
    }

    private LicenceVerification Install(string json)
    {
        try
        {
            return new LicenceInstaller(installation.LicensingForInstall(), clock).Install(json);
        }
        catch (Exception e) when (e is LicenceFormatException or System.Text.Json.JsonException or FormatException)
        {
            return new LicenceVerification(LicenceStatus.Unreadable, $"tệp giấy phép sai định dạng / malformed licence file: {e.Message}");
        }
    }

    /// <summary>For each installed module: what the new licence says about it, and whether that changes at restart.</summary>
    private IEnumerable<string> Enables()
    {
        foreach (var status in modules.Statuses.Where(s => s.State != Modularity.States.ModuleState.Superseded).OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            if (!NuGetVersion.TryParse(status.Version, out var version))
            {
                continue;
            }

            var feature = Feature(status.Folder) ?? status.Id;
            var decision = gate.Check(status.Id, version, feature);
            var verb = decision.Allowed ? "cho phép / enables" : "không cho phép / does not enable";
            yield return $"{status.Id} {status.Version}: {verb} (hiện tại / now {status.State})";
        }
    }

    private static string? Feature(string folder)
    {
        try
        {
            return ModuleManifestReader.ReadFile(Path.Combine(folder, ModuleManifest.FileName)).LicenceFeature;
        }
        catch (Exception e) when (e is ModuleManifestException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private LicenceSummary Summary(string fileName, byte[] bytes, DateTimeOffset installedAt, IReadOnlyList<string> details) =>
        new(fileName, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)), installedAt, gate.Current.IsValid, details);

    private static string[] Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static async Task<byte[]> ReadBoundedAsync(Stream source, CancellationToken cancellationToken)
    {
        using var target = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (target.Length + read > MaximumSize)
            {
                throw new InvalidLicenceFileException($"Tệp giấy phép lớn hơn {MaximumSize / 1024} KB / The licence file is larger than {MaximumSize / 1024} KB.");
            }

            target.Write(chunk, 0, read);
        }

        return target.ToArray();
    }
}
