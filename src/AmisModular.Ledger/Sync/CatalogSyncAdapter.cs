using System.Runtime.CompilerServices;
using AmisModular.Ledger.Catalogs;
using AmisModular.Ledger.Chart;
using AmisModular.Ledger.Storage;
using AmisModular.Modularity.Abstractions.Sync;
using AmisModular.Storage.Json;
using AmisModular.Storage.UnitOfWork;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Ledger.Sync;

/// <summary>
/// Partners, bank accounts, branches and the company's own sub-accounts: export as canonical JSON, apply idempotently
/// by id and version. The regime's seed accounts are never exported, listed or written: every node has them.
/// </summary>
public sealed class CatalogSyncAdapter(IStore store) : ISyncAdapter
{
    public string ModuleId => "core";

    public int SchemaVersion => CatalogDocumentTypes.SchemaVersion;

    public IReadOnlyCollection<string> DocumentTypes { get; } = [CatalogDocumentTypes.Partner, CatalogDocumentTypes.BankAccount, CatalogDocumentTypes.Branch, CatalogDocumentTypes.Account];

    public async Task<SyncDocument?> ExportAsync(Guid documentId, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        var db = unit.Context<LedgerDbContext>();
        if (await db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.Id == documentId, cancellationToken) is { } partner)
        {
            return Document(CatalogDocumentTypes.Partner, partner.Id, partner.Version, partner);
        }

        if (await db.BankAccounts.AsNoTracking().FirstOrDefaultAsync(b => b.Id == documentId, cancellationToken) is { } bank)
        {
            return Document(CatalogDocumentTypes.BankAccount, bank.Id, bank.Version, bank);
        }

        if (await db.Branches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == documentId, cancellationToken) is { } branch)
        {
            return Document(CatalogDocumentTypes.Branch, branch.Id, branch.Version, branch);
        }

        return await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == documentId && a.CompanyId != null, cancellationToken) is { } account
            ? Document(CatalogDocumentTypes.Account, account.Id, account.Version, account)
            : null;
    }

    public async IAsyncEnumerable<SyncDocumentVersion> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        var db = unit.Context<LedgerDbContext>();
        var partners = db.Partners.AsNoTracking().OrderBy(p => p.Id).Select(p => new SyncDocumentVersion(CatalogDocumentTypes.Partner, p.Id, p.Version));
        var banks = db.BankAccounts.AsNoTracking().OrderBy(b => b.Id).Select(b => new SyncDocumentVersion(CatalogDocumentTypes.BankAccount, b.Id, b.Version));
        var branches = db.Branches.AsNoTracking().OrderBy(b => b.Id).Select(b => new SyncDocumentVersion(CatalogDocumentTypes.Branch, b.Id, b.Version));
        var accounts = db.Accounts.AsNoTracking().Where(a => a.CompanyId != null).OrderBy(a => a.Id)
            .Select(a => new SyncDocumentVersion(CatalogDocumentTypes.Account, a.Id, a.Version));
        foreach (var rows in new[] { accounts, partners, banks, branches })
        {
            await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                yield return row;
            }
        }
    }

    public async Task<SyncApplyResult> ApplyAsync(SyncDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!DocumentTypes.Contains(document.DocumentType) || document.SchemaVersion > SchemaVersion)
        {
            return SyncApplyResult.Rejected($"Không đọc được {document.DocumentType} v{document.SchemaVersion} / cannot read {document.DocumentType} v{document.SchemaVersion}.");
        }

        try
        {
            await using var unit = await store.BeginAsync(cancellationToken);
            var db = unit.Context<LedgerDbContext>();
            var outcome = document.DocumentType switch
            {
                CatalogDocumentTypes.Partner => await UpsertAsync(db.Partners, document, p => p.Version, cancellationToken),
                CatalogDocumentTypes.BankAccount => await UpsertAsync(db.BankAccounts, document, b => b.Version, cancellationToken),
                CatalogDocumentTypes.Account => await UpsertAccountAsync(db, document, cancellationToken),
                _ => await UpsertAsync(db.Branches, document, b => b.Version, cancellationToken),
            };
            if (outcome.Outcome == SyncApplyOutcome.Applied)
            {
                await unit.CommitAsync(cancellationToken);
            }

            return outcome;
        }
        catch (System.Text.Json.JsonException ex)
        {
            return SyncApplyResult.Rejected($"Nội dung không hợp lệ / invalid payload: {ex.Message}");
        }
        catch (DbUpdateException ex)
        {
            return SyncApplyResult.Rejected($"Không ghi được danh mục (trùng mã hoặc công ty chưa có) / catalog entry could not be written (duplicate code or unknown company): {ex.InnerException?.Message ?? ex.Message}");
        }
    }

    /// <summary>Only a company's sub-account: a payload without a company would overwrite a regime's seed account.</summary>
    private static async Task<SyncApplyResult> UpsertAccountAsync(LedgerDbContext db, SyncDocument document, CancellationToken cancellationToken)
    {
        if (document.Operation is not (SyncOperation.Delete or SyncOperation.Void))
        {
            var incoming = CanonicalJson.Deserialize<Account>(document.PayloadJson);
            if (incoming.CompanyId is null || incoming.Id != document.DocumentId)
            {
                return SyncApplyResult.Rejected("Tài khoản đồng bộ phải là tài khoản chi tiết của công ty, cùng mã đồng bộ. / A synced account must be a company sub-account with the document's id.");
            }
        }

        if (await db.Accounts.AsNoTracking().AnyAsync(a => a.Id == document.DocumentId && a.CompanyId == null, cancellationToken))
        {
            return SyncApplyResult.Rejected("Tài khoản của hệ thống tài khoản không đồng bộ. / A regime's seed account is not synced.");
        }

        return await UpsertAsync(db.Accounts, document, a => a.Version, cancellationToken);
    }

    private static async Task<SyncApplyResult> UpsertAsync<T>(DbSet<T> set, SyncDocument document, Func<T, long> version, CancellationToken cancellationToken)
        where T : class
    {
        var local = await set.FindAsync([document.DocumentId], cancellationToken);
        if (local is not null && version(local) >= document.Version)
        {
            return SyncApplyResult.AlreadyCurrent;
        }

        if (document.Operation is SyncOperation.Delete or SyncOperation.Void)
        {
            if (local is not null)
            {
                set.Remove(local);
            }

            return SyncApplyResult.Applied;
        }

        var incoming = CanonicalJson.Deserialize<T>(document.PayloadJson);
        if (local is null)
        {
            set.Add(incoming);
        }
        else
        {
            set.Entry(local).CurrentValues.SetValues(incoming);
        }

        return SyncApplyResult.Applied;
    }

    private SyncDocument Document<T>(string type, Guid id, long version, T entity) =>
        new(ModuleId, type, SchemaVersion, id, version, SyncOperation.Upsert, CanonicalJson.Serialize(entity));
}
