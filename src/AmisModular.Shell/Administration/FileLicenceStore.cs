using System.Security.Cryptography;
using System.Text.Json;
using AmisModular.Shell.Hosting;

namespace AmisModular.Shell.Administration;

/// <summary>In-shell <see cref="ILicenceStore"/>: keeps the file as <c>licence/licence.lic</c>; cannot verify it.</summary>
public sealed class FileLicenceStore(ShellDataFolder folder, TimeProvider clock) : ILicenceStore
{
    public const int MaximumSize = 1024 * 1024;
    private const string LicenceFile = "licence/licence.lic";
    private const string InfoFile = "licence/licence.info.json";

    public async Task<LicenceSummary?> GetAsync(CancellationToken cancellationToken = default)
    {
        var info = folder.File(InfoFile);
        if (!File.Exists(info) || !File.Exists(folder.File(LicenceFile)))
        {
            return null;
        }

        await using var stream = File.OpenRead(info);
        return await JsonSerializer.DeserializeAsync<LicenceSummary>(stream, JsonSerializerOptions.Web, cancellationToken);
    }

    public async Task<LicenceSummary> InstallAsync(string fileName, Stream content, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await CopyBoundedAsync(content, buffer, cancellationToken);
        if (buffer.Length == 0)
        {
            throw new InvalidLicenceFileException("Tệp giấy phép rỗng / The licence file is empty.");
        }

        var bytes = buffer.ToArray();
        var summary = new LicenceSummary(
            Path.GetFileName(fileName),
            bytes.Length,
            Convert.ToHexStringLower(SHA256.HashData(bytes)),
            clock.GetUtcNow(),
            Verified: false,
            ["Chưa kiểm tra chữ ký: chưa có dịch vụ giấy phép / Signature not checked: no licence service yet."]);
        await folder.WriteAtomicallyAsync(LicenceFile, bytes, cancellationToken);
        await folder.WriteAtomicallyAsync(InfoFile, JsonSerializer.SerializeToUtf8Bytes(summary, JsonSerializerOptions.Web), cancellationToken);
        return summary;
    }

    private static async Task CopyBoundedAsync(Stream source, MemoryStream target, CancellationToken cancellationToken)
    {
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
    }
}
