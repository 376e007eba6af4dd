using AmisModular.Cloud.Admin;
using AmisModular.Cloud.Data;
using AmisModular.Cloud.Hosting;
using AmisModular.Cloud.Push;
using AmisModular.Sync.Protocol.Push;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Cloud.Partitions;

/// <summary>
/// Scenario 15: an administrator takes a partition away. A licence re-imported without a module removes that module's
/// partition from every device of the tenant (a <c>partitionRemoved</c> item in each book's change feed, ordered with the
/// book's other changes) and licensing it again sends every device back to a snapshot; removing one device's book access makes its /changes and /push answer 410 partition-removed.
/// </summary>
public sealed class PartitionAdmin(CloudDbFactory databases, CloudOptions options, TimeProvider clock)
{
    /// <summary>
    /// Replaces the tenant's licensed modules (comma-separated; null = every module) and, for each module the tenant
    /// loses, appends a partitionRemoved change to each of its books. Returns the modules removed. <paramref name="licence"/>
    /// is the imported licence's id and last day; without one (modules set by hand) the modules have no end date.
    /// </summary>
    public async Task<IReadOnlyList<string>> SetLicensedModulesAsync(
        string taxCode, string? licensedModules, CancellationToken cancellationToken, (string Id, DateOnly ValidUntil)? licence = null)
    {
        await using var db = databases.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var tenant = await db.Tenants.FirstOrDefaultAsync(t => t.TaxCode == taxCode, cancellationToken)
            ?? throw AdminException.UnknownTenant(taxCode);
        var bookIds = await db.Books.Where(b => b.TenantId == tenant.Id).Select(b => b.Id).ToListAsync(cancellationToken);
        var stored = await db.Documents.Where(d => bookIds.Contains(d.BookId)).Select(d => d.Module).Distinct().ToListAsync(cancellationToken);
        var before = options.Modules.Keys.Concat(stored).Where(tenant.IsLicensed).ToHashSet(StringComparer.Ordinal);
        tenant.LicensedModules = string.IsNullOrWhiteSpace(licensedModules)
            ? null
            : string.Join(',', licensedModules.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        tenant.LicenceId = licence?.Id;
        tenant.LicenceValidUntil = licence?.ValidUntil;
        var removed = before.Where(m => !tenant.IsLicensed(m)).Order(StringComparer.Ordinal).ToList();
        // A module licensed again whose documents the feed withheld meanwhile: devices moved their cursors past them.
        var restored = stored.Where(m => !before.Contains(m) && tenant.IsLicensed(m)).Order(StringComparer.Ordinal).ToList();
        var now = clock.GetUtcNow();
        foreach (var bookId in bookIds)
        {
            // The book row is the serverSeq counter: locked like a push, so the removal takes its place in commit order.
            var book = await RowLocks.BookAsync(db, bookId, cancellationToken);
            foreach (var module in removed)
            {
                Append(db, book, module, MutationOperations.PartitionRemoved, now);
            }

            foreach (var module in restored)
            {
                // Every device behind this row re-snapshots (410): the snapshot holds what the feed withheld.
                Append(db, book, module, MutationOperations.PartitionRestored, now);
                book.RetentionFloor = book.LastServerSeq;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return removed;
    }

    private static void Append(CloudDbContext db, CloudBook book, string module, string operation, DateTimeOffset now)
    {
        book.LastServerSeq++;
        db.ChangeLog.Add(new ChangeLogEntry
        {
            BookId = book.Id, ServerSeq = book.LastServerSeq, DocumentId = Guid.Empty, Module = module, DocumentType = "*", Operation = operation, CommittedAt = now,
        });
    }

    /// <summary>Removes a device's access to its book without revoking the device (moving it = this, then a new enrollment).</summary>
    public async Task RevokeBookAccessAsync(Guid deviceId, CancellationToken cancellationToken)
    {
        await using var db = databases.Create();
        var changed = await db.Devices.Where(d => d.Id == deviceId)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.BookAccessRevoked, true), cancellationToken);
        if (changed == 0)
        {
            throw new AdminException($"Không có thiết bị {deviceId}. / Device {deviceId} does not exist.");
        }
    }
}
