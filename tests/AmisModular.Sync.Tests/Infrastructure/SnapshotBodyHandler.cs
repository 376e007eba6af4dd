using System.Net;

namespace AmisModular.Sync.Tests.Infrastructure;

/// <summary>
/// Sits in front of the network for snapshot file downloads (GET sync/v1/snapshots/{id}): records each request's Range
/// start and the body bytes that reached the client, and can damage the body: drop the connection after N bytes of
/// the file (once), end it early at a file offset (a truncating proxy), or flip the byte at a file offset (every time).
/// </summary>
public sealed class SnapshotBodyHandler : DelegatingHandler
{
    public SnapshotBodyHandler() => InnerHandler = new SocketsHttpHandler();

    /// <summary>File offset at which the next download's connection drops (IOException); null = no drop.</summary>
    public long? DropOnceAt { get; set; }

    /// <summary>File offset at which every body ends early (no error, just EOF).</summary>
    public long? TruncateAt { get; set; }

    /// <summary>File offset whose byte is flipped in every body that covers it.</summary>
    public long? CorruptAt { get; set; }

    /// <summary>Flip <see cref="CorruptAt"/> in the first body only (a transient fault).</summary>
    public bool CorruptOnce { get; set; }

    public List<long?> RangeStarts { get; } = [];

    public List<long> BytesReceived { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var path = request.RequestUri!.AbsolutePath;
        if (!path.Contains("/snapshots/", StringComparison.Ordinal) || !response.IsSuccessStatusCode)
        {
            return response;
        }

        RangeStarts.Add(request.Headers.Range?.Ranges.First().From);
        var start = response.StatusCode == HttpStatusCode.PartialContent ? response.Content.Headers.ContentRange!.From!.Value : 0;
        var index = BytesReceived.Count;
        BytesReceived.Add(0);
        var dropAt = DropOnceAt;
        DropOnceAt = null;
        var corruptAt = CorruptAt;
        if (CorruptOnce)
        {
            CorruptAt = null;
        }

        var body = new DamagingStream(await response.Content.ReadAsStreamAsync(cancellationToken), start, dropAt, TruncateAt, corruptAt, n => BytesReceived[index] += n);
        var content = new StreamContent(body);
        foreach (var header in response.Content.Headers)
        {
            content.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        response.Content = content;
        return response;
    }

    private sealed class DamagingStream(Stream inner, long position, long? dropAt, long? truncateAt, long? corruptAt, Action<int> counted) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count).GetAwaiter().GetResult();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (dropAt is { } drop && position >= drop)
            {
                throw new IOException("Injected fault: the connection dropped during the snapshot download.");
            }

            if (truncateAt is { } end && position >= end)
            {
                return 0;
            }

            var limit = buffer.Length;
            foreach (var stop in new[] { dropAt, truncateAt })
            {
                if (stop is { } s)
                {
                    limit = (int)Math.Min(limit, s - position);
                }
            }

            var read = await inner.ReadAsync(buffer[..limit], cancellationToken);
            if (corruptAt is { } bad && bad >= position && bad < position + read)
            {
                buffer.Span[(int)(bad - position)] ^= 0xFF;
            }

            position += read;
            counted(read);
            return read;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
