using System.Security.Cryptography;
using AmisModular.Sync.Protocol.Snapshots;

namespace AmisModular.Sync.Snapshots;

/// <summary>
/// The <c>.part</c> file of a download, verified chunk by chunk against the manifest as bytes arrive. On open, the
/// complete chunks already on disk are checked again (a crash or a bad disk may have damaged them) and the file is cut
/// back to the first bad chunk; the unverified tail of a partial chunk is kept and its hash continued, so a resumed
/// download starts exactly where the bytes on disk end.
/// </summary>
internal sealed class ChunkedPartFile : IDisposable
{
    private readonly FileStream file;
    private readonly SnapshotManifest manifest;
    private IncrementalHash chunkHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private int chunkIndex;
    private long chunkStart;

    private ChunkedPartFile(FileStream file, SnapshotManifest manifest) => (this.file, this.manifest) = (file, manifest);

    public long Position { get; private set; }

    public static async Task<ChunkedPartFile> OpenAsync(FileStream file, SnapshotManifest manifest, CancellationToken cancellationToken)
    {
        var part = new ChunkedPartFile(file, manifest);
        await part.VerifyExistingAsync(cancellationToken);
        return part;
    }

    /// <summary>Appends bytes; throws <see cref="SnapshotCorruptException"/> after cutting the file back when a chunk fails its hash.</summary>
    public async Task WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        while (data.Length > 0 && Position < manifest.Size)
        {
            var take = (int)Math.Min(data.Length, chunkStart + manifest.ChunkLength(chunkIndex) - Position);
            await file.WriteAsync(data[..take], cancellationToken);
            chunkHash.AppendData(data.Span[..take]);
            Position += take;
            data = data[take..];
            if (Position == chunkStart + manifest.ChunkLength(chunkIndex))
            {
                await CompleteChunkAsync(cancellationToken);
            }
        }
    }

    /// <summary>The server ignored the Range and sends the whole file: start over.</summary>
    public void Restart() => CutBackTo(0, 0);

    public Task FlushAsync(CancellationToken cancellationToken) => file.FlushAsync(cancellationToken);

    public void Dispose() => chunkHash.Dispose();

    private async Task CompleteChunkAsync(CancellationToken cancellationToken)
    {
        if (Convert.ToHexStringLower(chunkHash.GetHashAndReset()) == manifest.Chunks[chunkIndex])
        {
            (chunkIndex, chunkStart) = (chunkIndex + 1, Position);
            return;
        }

        var failed = chunkIndex;
        CutBackTo(chunkIndex, chunkStart);
        await file.FlushAsync(cancellationToken);
        throw new SnapshotCorruptException($"Khối {failed} của bản chụp sai mã băm; tải lại từ byte {chunkStart}. / Chunk {failed} of snapshot {manifest.Id} failed its SHA-256; refetching from byte {chunkStart}.");
    }

    private async Task VerifyExistingAsync(CancellationToken cancellationToken)
    {
        var length = Math.Min(file.Length, manifest.Size);
        file.Position = 0;
        var buffer = new byte[Math.Min(manifest.ChunkSize, 1 << 20)];
        while (chunkIndex < manifest.Chunks.Count)
        {
            var chunkLength = manifest.ChunkLength(chunkIndex);
            var available = Math.Min(chunkLength, length - chunkStart);
            if (available <= 0)
            {
                break;
            }

            for (long done = 0; done < available;)
            {
                var read = await file.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, available - done)), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                chunkHash.AppendData(buffer, 0, read);
                done += read;
            }

            if (available < chunkLength)
            {
                // A partial last chunk: keep its bytes, its hash continues with what the next request brings.
                Position = chunkStart + available;
                break;
            }

            Position = chunkStart + chunkLength;
            if (Convert.ToHexStringLower(chunkHash.GetHashAndReset()) != manifest.Chunks[chunkIndex])
            {
                CutBackTo(chunkIndex, chunkStart);
                return;
            }

            (chunkIndex, chunkStart) = (chunkIndex + 1, Position);
        }

        file.SetLength(Position);
        file.Position = Position;
    }

    private void CutBackTo(int index, long start)
    {
        chunkHash.Dispose();
        chunkHash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        (chunkIndex, chunkStart, Position) = (index, start, start);
        file.SetLength(start);
        file.Position = start;
    }
}
