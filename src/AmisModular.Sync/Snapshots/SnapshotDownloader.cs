using System.Buffers;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using AmisModular.Sync.Http;
using AmisModular.Sync.Protocol;
using AmisModular.Sync.Protocol.Snapshots;
using Polly;
using Polly.Retry;

namespace AmisModular.Sync.Snapshots;

/// <summary>
/// Downloads a snapshot to <c>{folder}/{id}.part</c> with Range requests, resuming from the bytes already on disk
/// (checked chunk by chunk against the manifest; a bad chunk is cut back to its start and fetched again), checks the
/// whole file's SHA-256, and only then renames it to <c>{id}.snapshot</c>: a partial or corrupt file is never there to
/// install. Memory stays at one buffer whatever the size.
/// </summary>
/// <param name="folder">Where downloads live, e.g. <c>{store folder}/sync-snapshots</c>.</param>
/// <param name="maxAttempts">Requests per download before giving up (each resumes where the last stopped).</param>
/// <param name="retryDelay">First backoff between those requests (exponential, jittered); 250 ms if null.</param>
public sealed class SnapshotDownloader(SyncApiClient api, string folder, int maxAttempts = 5, TimeSpan? retryDelay = null)
{
    private const string PartExtension = ".part";
    private const string SnapshotExtension = ".snapshot";
    private const string ManifestExtension = ".manifest.json";

    public string Folder => folder;

    public string SnapshotPath(string id) => Path.Combine(folder, id + SnapshotExtension);

    public string PartPath(string id) => Path.Combine(folder, id + PartExtension);

    /// <summary>The id of a download left partial on disk (ask the server for that snapshot again to resume it), or null.</summary>
    public string? PartialId() =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*" + PartExtension).Select(Path.GetFileNameWithoutExtension).FirstOrDefault(SnapshotManifest.IsValidId)
            : null;

    /// <summary>The manifest of a snapshot already downloaded and verified (an install that was interrupted), or null.</summary>
    public async Task<SnapshotManifest?> CompletedAsync(string id, CancellationToken cancellationToken)
    {
        var manifestPath = Path.Combine(folder, id + ManifestExtension);
        if (!SnapshotManifest.IsValidId(id) || !File.Exists(SnapshotPath(id)) || !File.Exists(manifestPath))
        {
            return null;
        }

        await using var stream = File.OpenRead(manifestPath);
        return await JsonSerializer.DeserializeAsync<SnapshotManifest>(stream, ProtocolJson.Options, cancellationToken);
    }

    /// <summary>Downloads (or finishes downloading) <paramref name="manifest"/>; returns the verified file's path.</summary>
    /// <exception cref="SnapshotCorruptException">Chunks kept failing, or the whole-file hash differs.</exception>
    /// <exception cref="CloudUnreachableException">The network kept failing.</exception>
    public async Task<string> DownloadAsync(string token, SnapshotManifest manifest, IProgress<SnapshotProgress>? progress, CancellationToken cancellationToken)
    {
        Validate(manifest);
        Directory.CreateDirectory(folder);
        var final = SnapshotPath(manifest.Id);
        if (File.Exists(final) && await Sha256Async(final, cancellationToken) == manifest.Sha256)
        {
            await WriteManifestAsync(manifest, cancellationToken);
            return final;
        }

        DeleteOthers(manifest.Id);
        var part = PartPath(manifest.Id);
        await using (var file = new FileStream(part, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1 << 16, useAsync: true))
        {
            using var chunks = await ChunkedPartFile.OpenAsync(file, manifest, cancellationToken);
            try
            {
                if (chunks.Position < manifest.Size)
                {
                    await Resuming(chunks).ExecuteAsync(async ct =>
                    {
                        await FetchAsync(token, manifest, chunks, progress, ct);
                        if (chunks.Position < manifest.Size)
                        {
                            throw new IOException($"Bản chụp bị cắt ở byte {chunks.Position}. / The snapshot response ended at byte {chunks.Position} of {manifest.Size}.");
                        }
                    }, cancellationToken);
                }
            }
            catch (Exception last) when (Resumable(last, cancellationToken))
            {
                // The bytes verified so far stay on disk: the next download of this snapshot resumes there.
                await chunks.FlushAsync(cancellationToken);
                throw last is SnapshotCorruptException
                    ? new SnapshotCorruptException($"Bản chụp {manifest.Id} vẫn sai sau {maxAttempts} lần tải. / Snapshot {manifest.Id} still fails its checks after {maxAttempts} attempts.", last)
                    : new CloudUnreachableException($"Tải bản chụp bị ngắt nhiều lần. / The snapshot download kept failing: {last.Message}", last);
            }

            await chunks.FlushAsync(cancellationToken);
        }

        if (await Sha256Async(part, cancellationToken) != manifest.Sha256)
        {
            File.Delete(part);
            throw new SnapshotCorruptException($"Mã băm bản chụp {manifest.Id} không khớp; đã xóa để tải lại. / Snapshot {manifest.Id} failed its SHA-256; deleted for a fresh download.");
        }

        await WriteManifestAsync(manifest, cancellationToken);
        File.Move(part, final, overwrite: true);
        return final;
    }

    /// <summary>
    /// Up to <c>maxAttempts</c> requests with jittered exponential backoff; each one resumes from the bytes already
    /// verified on disk, which are flushed before the next attempt.
    /// </summary>
    private ResiliencePipeline Resuming(ChunkedPartFile chunks) =>
        maxAttempts <= 1 ? ResiliencePipeline.Empty : new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } ex && Resumable(ex, args.Context.CancellationToken)),
            MaxRetryAttempts = maxAttempts - 1,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = retryDelay ?? TimeSpan.FromMilliseconds(250),
            OnRetry = async args => await chunks.FlushAsync(args.Context.CancellationToken),
        }).Build();

    private static bool Resumable(Exception ex, CancellationToken cancellationToken) =>
        ex is IOException or HttpRequestException or CloudUnreachableException or SnapshotCorruptException
        || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested);

    /// <summary>Deletes the downloaded files of <paramref name="id"/> (after a finished install).</summary>
    public void Delete(string id)
    {
        foreach (var extension in new[] { PartExtension, SnapshotExtension, ManifestExtension })
        {
            File.Delete(Path.Combine(folder, id + extension));
        }
    }

    public static async Task<string> Sha256Async(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }

    private async Task FetchAsync(string token, SnapshotManifest manifest, ChunkedPartFile chunks, IProgress<SnapshotProgress>? progress, CancellationToken cancellationToken)
    {
        using var response = await api.SnapshotFileAsync(token, manifest.Url, chunks.Position, cancellationToken);
        if (response.StatusCode == HttpStatusCode.OK && chunks.Position > 0)
        {
            chunks.Restart();
        }
        else if (response.StatusCode == HttpStatusCode.PartialContent && response.Content.Headers.ContentRange?.From != chunks.Position)
        {
            throw new SnapshotCorruptException($"Máy chủ trả sai đoạn (Content-Range {response.Content.Headers.ContentRange}). / The server answered another range than byte {chunks.Position}.");
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            while (chunks.Position < manifest.Size)
            {
                var read = await body.ReadAsync(buffer, cancellationToken);
                if (read == 0)
                {
                    // The body ended early (a proxy cut it): the loop asks again from here.
                    throw new IOException($"Bản chụp bị cắt ở byte {chunks.Position}/{manifest.Size}. / The snapshot body ended at byte {chunks.Position} of {manifest.Size}.");
                }

                await chunks.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                progress?.Report(new SnapshotProgress(manifest.Id, SnapshotPhase.Downloading, chunks.Position, manifest.Size, 0, manifest.Documents));
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void Validate(SnapshotManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var expectedChunks = manifest.ChunkSize <= 0 ? -1 : (manifest.Size + manifest.ChunkSize - 1) / manifest.ChunkSize;
        if (!SnapshotManifest.IsValidId(manifest.Id) || manifest.Size < 0 || manifest.Chunks.Count != expectedChunks)
        {
            throw new SnapshotCorruptException($"Bản kê bản chụp không hợp lệ (id {manifest.Id}, {manifest.Chunks.Count} khối). / The snapshot manifest is invalid (id {manifest.Id}, {manifest.Chunks.Count} chunks for {manifest.Size} bytes).");
        }
    }

    private async Task WriteManifestAsync(SnapshotManifest manifest, CancellationToken cancellationToken) =>
        await File.WriteAllBytesAsync(Path.Combine(folder, manifest.Id + ManifestExtension), JsonSerializer.SerializeToUtf8Bytes(manifest, ProtocolJson.Options), cancellationToken);

    private void DeleteOthers(string id)
    {
        foreach (var path in Directory.EnumerateFiles(folder))
        {
            var name = Path.GetFileName(path);
            if (!name.StartsWith(id, StringComparison.Ordinal)
                && (name.EndsWith(PartExtension, StringComparison.Ordinal) || name.EndsWith(SnapshotExtension, StringComparison.Ordinal) || name.EndsWith(ManifestExtension, StringComparison.Ordinal)))
            {
                File.Delete(path);
            }
        }
    }
}
