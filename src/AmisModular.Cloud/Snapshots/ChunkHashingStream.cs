using System.Security.Cryptography;

namespace AmisModular.Cloud.Snapshots;

/// <summary>
/// Writes through to the file while hashing: SHA-256 of everything, and of every <c>chunkSize</c> bytes, so the
/// manifest is ready when the file is, without reading it back.
/// </summary>
internal sealed class ChunkHashingStream(Stream inner, int chunkSize) : Stream
{
    private readonly IncrementalHash whole = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly IncrementalHash chunk = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly List<string> chunks = [];
    private int inChunk;
    private long length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => length;

    public override long Position
    {
        get => length;
        set => throw new NotSupportedException();
    }

    /// <summary>Ends the last chunk and returns (whole-file hash, chunk hashes, size).</summary>
    public (string Sha256, List<string> Chunks, long Size) Complete()
    {
        if (inChunk > 0)
        {
            chunks.Add(Convert.ToHexStringLower(chunk.GetHashAndReset()));
            inChunk = 0;
        }

        return (Convert.ToHexStringLower(whole.GetHashAndReset()), chunks, length);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Hash(buffer);
        inner.Write(buffer);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Hash(buffer.Span);
        await inner.WriteAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            whole.Dispose();
            chunk.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Hash(ReadOnlySpan<byte> buffer)
    {
        whole.AppendData(buffer);
        length += buffer.Length;
        while (buffer.Length > 0)
        {
            var take = Math.Min(buffer.Length, chunkSize - inChunk);
            chunk.AppendData(buffer[..take]);
            inChunk += take;
            buffer = buffer[take..];
            if (inChunk == chunkSize)
            {
                chunks.Add(Convert.ToHexStringLower(chunk.GetHashAndReset()));
                inChunk = 0;
            }
        }
    }
}
