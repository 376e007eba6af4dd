using System.Data;
using System.Data.Common;
using System.IO.Compression;
using System.Text.Json;
using AmisModular.Cloud.Data;
using AmisModular.Cloud.Hosting;
using AmisModular.Storage.Configuration;
using AmisModular.Sync.Protocol;
using AmisModular.Sync.Protocol.Snapshots;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Cloud.Snapshots;

/// <summary>
/// Writes the live documents of a book to a gzip NDJSON file, streaming rows from the database (memory does not grow
/// with the book). The cursor is the book's serverSeq read first in the same read transaction as the rows: SQLite (WAL)
/// and PostgreSQL (repeatable read) give one consistent cut, so the file is exactly the state at the cursor. Under
/// SQL Server's read committed a row may be newer than the cursor; that is still correct because the client pulls every
/// change after the cursor again and adapters apply by version (an older replay changes nothing).
/// </summary>
public sealed class SnapshotBuilder(CloudDbFactory databases, SnapshotStore store, CloudOptions options, TimeProvider clock)
{
    public async Task<SnapshotManifest> BuildAsync(Guid bookId, string serverEpoch, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7().ToString("N");
        var folder = store.FolderFor(bookId);
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $"{id}.{Guid.NewGuid():N}.tmp");
        try
        {
            var (cursor, written) = await WriteAsync(bookId, temp, cancellationToken);
            File.Move(temp, store.DataPath(bookId, id));
            var manifest = new SnapshotManifest(id, cursor, written.Sha256, written.Size, options.Snapshots.ChunkSize, written.Chunks,
                SnapshotRoutes.File(id), clock.GetUtcNow(), written.Documents, written.Modules, serverEpoch);
            await store.PublishAsync(bookId, manifest, cancellationToken);
            return manifest;
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private async Task<(long Cursor, Written Written)> WriteAsync(Guid bookId, string path, CancellationToken cancellationToken)
    {
        await using var db = databases.Create();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginReadAsync(db.Database.GetDbConnection(), databases.Provider, cancellationToken);
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        var book = await db.Books.AsNoTracking().Where(b => b.Id == bookId).Select(b => new { b.LastServerSeq, b.TenantId }).FirstAsync(cancellationToken);
        var cursor = book.LastServerSeq;
        var live = db.Documents.AsNoTracking().Where(d => d.BookId == bookId && !d.Removed);
        // A module the tenant is not licensed for is withheld, as the change feed withholds its changes.
        if ((await db.Tenants.AsNoTracking().FirstAsync(t => t.Id == book.TenantId, cancellationToken)).Modules() is { } licensed)
        {
            live = live.Where(d => licensed.Contains(d.Module));
        }

        var rows = live
            .Select(d => new SnapshotRow(d.LastServerSeq, d.Module, d.SchemaVersion, d.DocumentType, d.DocumentId, d.Version, d.Operation, d.Payload))
            .AsAsyncEnumerable();
        var modules = new Dictionary<string, long>(StringComparer.Ordinal);
        long documents = 0;
        (string Sha256, List<string> Chunks, long Size) hashes;
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        {
            await using (var hashing = new ChunkHashingStream(file, options.Snapshots.ChunkSize))
            {
                await using (var gzip = new GZipStream(hashing, CompressionLevel.Optimal, leaveOpen: true))
                {
                    await foreach (var row in rows.WithCancellation(cancellationToken))
                    {
                        await gzip.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(row, ProtocolJson.Options), cancellationToken);
                        gzip.WriteByte((byte)'\n');
                        modules[row.Module] = modules.GetValueOrDefault(row.Module) + 1;
                        documents++;
                    }
                }

                hashes = hashing.Complete();
            }

            await file.FlushAsync(cancellationToken);
            file.Flush(flushToDisk: true);
        }

        return (cursor, new Written(hashes.Sha256, hashes.Chunks, hashes.Size, documents, modules));
    }

    /// <summary>A read-only transaction that sees one consistent state and never takes the SQLite write lock.</summary>
    private static async Task<DbTransaction> BeginReadAsync(DbConnection connection, StoreProvider provider, CancellationToken cancellationToken) =>
        connection switch
        {
            SqliteConnection sqlite => sqlite.BeginTransaction(deferred: true),
            _ when provider == StoreProvider.PostgreSql => await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken),
            _ => await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken),
        };

    private sealed record Written(string Sha256, List<string> Chunks, long Size, long Documents, Dictionary<string, long> Modules);
}
