using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Errors;
using AmisModular.Ledger.Storage;
using AmisModular.Storage.UnitOfWork;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Ledger.Catalogs;

/// <summary>The catalogs modules share: partners, bank accounts, branches.</summary>
public sealed class CatalogService(IStore store)
{
    public async Task<Partner> AddPartnerAsync(
        Guid companyId, string code, string name, PartnerKinds kinds, string? taxCode, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginAsync(cancellationToken);
        var db = unit.Context<LedgerDbContext>();
        await CompanyService.RequireAsync(db, companyId, cancellationToken);
        var errors = RequireCodeAndName(code, name);
        if (taxCode is not null && !TaxCodeRule.IsValid(taxCode))
        {
            errors.Add(ValidationError.Of(nameof(Partner.TaxCode), "Mã số thuế của đối tượng không hợp lệ.", "The partner's tax code is invalid."));
        }

        if (await db.Partners.AnyAsync(p => p.CompanyId == companyId && p.Code == code, cancellationToken))
        {
            errors.Add(ValidationError.Of(nameof(Partner.Code), $"Mã đối tượng {code} đã tồn tại.", $"Partner code {code} already exists."));
        }

        ThrowIfAny(errors);
        var partner = new Partner { Id = Guid.CreateVersion7(), CompanyId = companyId, Code = code, Name = name, Kinds = kinds, TaxCode = taxCode, Version = 1 };
        db.Partners.Add(partner);
        await CatalogOutbox.EnqueueAsync(unit, CatalogDocumentTypes.Partner, partner.Id, partner.Version, partner, cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return partner;
    }

    public async Task<BankAccount> AddBankAccountAsync(
        Guid companyId, string accountNumber, string bankName, string accountCode, string currency, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginAsync(cancellationToken);
        var db = unit.Context<LedgerDbContext>();
        await CompanyService.RequireAsync(db, companyId, cancellationToken);
        var errors = RequireCodeAndName(accountNumber, bankName);
        if (accountCode is null || !accountCode.StartsWith("112", StringComparison.Ordinal))
        {
            errors.Add(ValidationError.Of(nameof(BankAccount.AccountCode), "Tài khoản ngân hàng phải hạch toán vào TK 112 hoặc TK chi tiết của 112.", "A bank account must be booked on account 112 or one of its sub-accounts."));
        }

        if (currency is null || currency.Length != 3)
        {
            errors.Add(ValidationError.Of(nameof(BankAccount.Currency), "Loại tiền phải là mã ISO 3 ký tự (VND, USD...).", "The currency must be a 3-letter ISO code (VND, USD...)."));
        }

        ThrowIfAny(errors);
        var bank = new BankAccount { Id = Guid.CreateVersion7(), CompanyId = companyId, AccountNumber = accountNumber, BankName = bankName, AccountCode = accountCode!, Currency = currency!, Version = 1 };
        db.BankAccounts.Add(bank);
        await CatalogOutbox.EnqueueAsync(unit, CatalogDocumentTypes.BankAccount, bank.Id, bank.Version, bank, cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return bank;
    }

    public async Task<Branch> AddBranchAsync(Guid companyId, string code, string name, bool isDependent, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginAsync(cancellationToken);
        var db = unit.Context<LedgerDbContext>();
        await CompanyService.RequireAsync(db, companyId, cancellationToken);
        var errors = RequireCodeAndName(code, name);
        if (await db.Branches.AnyAsync(b => b.CompanyId == companyId && b.Code == code, cancellationToken))
        {
            errors.Add(ValidationError.Of(nameof(Branch.Code), $"Mã chi nhánh {code} đã tồn tại.", $"Branch code {code} already exists."));
        }

        ThrowIfAny(errors);
        var branch = new Branch { Id = Guid.CreateVersion7(), CompanyId = companyId, Code = code, Name = name, IsDependent = isDependent, Version = 1 };
        db.Branches.Add(branch);
        await CatalogOutbox.EnqueueAsync(unit, CatalogDocumentTypes.Branch, branch.Id, branch.Version, branch, cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return branch;
    }

    private static List<ValidationError> RequireCodeAndName(string code, string name)
    {
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(code))
        {
            errors.Add(ValidationError.Of("Code", "Mã là bắt buộc.", "The code is required."));
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(ValidationError.Of("Name", "Tên là bắt buộc.", "The name is required."));
        }

        return errors;
    }

    private static void ThrowIfAny(List<ValidationError> errors)
    {
        if (errors.Count > 0)
        {
            throw new DocumentValidationException(errors);
        }
    }
}
