using System.Diagnostics;
using System.IO.Compression;
using AmisModular.Benchmarks.Ledger;

namespace AmisModular.Benchmarks.Sync;

/// <summary>
/// What a snapshot that is itself a store file would cost at the least, once compressed for the wire: B's store
/// gzip-compressed (fastest level, not timed) and then only decompressed into a new file on disk and flushed — no
/// network, no merge of the device's own rows, no swap. Printed next to the file copy: a bootstrap that moves the store
/// compressed cannot beat this.
/// </summary>
public static class StoreImageFloor
{
    private const int BufferSize = 1 << 20;

    public static async Task<(TimeSpan Decompress, long CompressedBytes)> MeasureAsync(string store, string image, string target, CancellationToken cancellationToken)
    {
        await using (var source = File.OpenRead(store))
        await using (var file = File.Create(image))
        await using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        {
            await source.CopyToAsync(gzip, BufferSize, cancellationToken);
        }

        var watch = Stopwatch.StartNew();
        await using (var file = File.OpenRead(image))
        await using (var gzip = new GZipStream(file, CompressionMode.Decompress))
        await using (var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize))
        {
            await gzip.CopyToAsync(output, BufferSize, cancellationToken);
            output.Flush(flushToDisk: false);
        }

        watch.Stop();
        BenchmarkMismatchException.ThrowIfDifferent("bytes the store-image floor wrote", new FileInfo(store).Length, new FileInfo(target).Length);
        return (watch.Elapsed, new FileInfo(image).Length);
    }
}
