using AmisModular.Ledger.Catalogs;
using AmisModular.Ledger.Errors;
using AmisModular.Ledger.Periods;
using AmisModular.Ledger.Storage;
using AmisModular.Storage.UnitOfWork;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Ledger.Chart;

/// <summary>Reads a company's chart and opens company sub-accounts under any account.</summary>
public sealed class ChartService(IStore store)
{
    public static async Task<ChartOfAccounts> LoadAsync(
        LedgerDbContext db, Guid companyId, AccountingRegime regime, DateOnly date, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var accounts = await db.Accounts.AsNoTracking()
            .Where(a => a.Regime == regime && (a.CompanyId == null || a.CompanyId == companyId))
            .ToListAsync(cancellationToken);
        return new ChartOfAccounts(regime, accounts.Where(a => a.IsEffectiveOn(date)));
    }

    /// <summary>
    /// The part of the chart that decides <see cref="ChartOfAccounts.Exists"/> and <see cref="ChartOfAccounts.IsPostable"/>
    /// for <paramref name="codes"/>: those accounts and their direct children. Posting asks only about the codes
    /// its lines use, so it reads a handful of rows instead of materializing the whole chart on every document.
    /// </summary>
    public static async Task<ChartOfAccounts> LoadForAsync(
        LedgerDbContext db, Guid companyId, AccountingRegime regime, DateOnly date, IEnumerable<string> codes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(codes);
        var wanted = codes.Distinct(StringComparer.Ordinal).ToList();
        var accounts = await db.Accounts.AsNoTracking()
            .Where(a => a.Regime == regime && (a.CompanyId == null || a.CompanyId == companyId)
                && (wanted.Contains(a.Code) || (a.ParentCode != null && wanted.Contains(a.ParentCode))))
            .ToListAsync(cancellationToken);
        return new ChartOfAccounts(regime, accounts.Where(a => a.IsEffectiveOn(date)));
    }

    public async Task<ChartOfAccounts> LoadAsync(Guid companyId, AccountingRegime regime, DateOnly date, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        return await LoadAsync(unit.Context<LedgerDbContext>(), companyId, regime, date, cancellationToken);
    }

    /// <summary>
    /// Opens sub-account <paramref name="code"/> (e.g. 11211 under 1121); the parent stops being postable. The account
    /// is queued for sync (core.account) in the same transaction.
    /// </summary>
    public async Task<Account> OpenSubAccountAsync(
        Guid companyId, AccountingRegime regime, string parentCode, string code, string nameVi, string nameEn, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginAsync(cancellationToken);
        var db = unit.Context<LedgerDbContext>();
        var chart = await LoadAsync(db, companyId, regime, DateOnly.MaxValue.AddDays(-1), cancellationToken);
        var parent = chart.Find(parentCode);
        var errors = new List<ValidationError>();
        if (parent is null)
        {
            errors.Add(ValidationError.Of("ParentCode", $"Tài khoản tổng hợp {parentCode} không có trong hệ thống tài khoản {regime}.", $"Parent account {parentCode} is not in the {regime} chart."));
        }

        if (string.IsNullOrWhiteSpace(code) || !code.All(char.IsAsciiDigit) || !code.StartsWith(parentCode, StringComparison.Ordinal) || code.Length <= parentCode.Length)
        {
            errors.Add(ValidationError.Of("Code", $"Số hiệu tài khoản chi tiết phải là chữ số và bắt đầu bằng {parentCode}.", $"The sub-account code must be digits starting with {parentCode}."));
        }
        else if (chart.Exists(code))
        {
            errors.Add(ValidationError.Of("Code", $"Tài khoản {code} đã tồn tại.", $"Account {code} already exists."));
        }

        if (string.IsNullOrWhiteSpace(nameVi))
        {
            errors.Add(ValidationError.Of("NameVi", "Tên tài khoản là bắt buộc.", "The account name is required."));
        }

        if (errors.Count > 0)
        {
            throw new DocumentValidationException(errors);
        }

        var account = new Account
        {
            Id = Guid.CreateVersion7(), CompanyId = companyId, Regime = regime, Code = code, ParentCode = parentCode,
            Level = parent!.Level + 1, NameVi = nameVi, NameEn = string.IsNullOrWhiteSpace(nameEn) ? nameVi : nameEn,
            Nature = parent.Nature, Prescribed = false, EffectiveFrom = parent.EffectiveFrom, EffectiveTo = parent.EffectiveTo, Version = 1,
        };
        db.Accounts.Add(account);
        // Queued before any voucher that uses it, so the other desktops get the account first.
        await CatalogOutbox.EnqueueAsync(unit, CatalogDocumentTypes.Account, account.Id, account.Version, account, cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return account;
    }
}
