using System.Text.Json;
using AmisModular.Ledger.Catalogs;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Storage;
using AmisModular.Modularity.Abstractions.Documents;
using AmisModular.Storage.Json;
using AmisModular.Storage.UnitOfWork;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Ledger.Interchange;

/// <summary>
/// <c>core.partner</c> (đối tượng) in interchange form (= its sync payload). The id is kept when given, so vouchers in the
/// same file (or an exported file) can name the partner by id.
/// </summary>
public sealed class PartnerInterchange(IStore store)
{
    private static readonly string[] KindValues = ["customer", "vendor", "employee"];

    public async Task<IReadOnlyList<DocumentFieldError>> ValidateAsync(JsonElement document, CancellationToken cancellationToken)
    {
        var errors = new List<DocumentFieldError>();
        if (Read(document, errors) is { } partner)
        {
            await using var unit = await store.BeginReadAsync(cancellationToken);
            await CheckAsync(unit.Context<LedgerDbContext>(), partner, errors, cancellationToken);
        }

        return errors;
    }

    public async Task<ImportedDocument> ImportAsync(JsonElement document, CancellationToken cancellationToken)
    {
        var errors = new List<DocumentFieldError>();
        var partner = Read(document, errors) ?? throw new InterchangeValidationException(errors);
        await using var unit = await store.BeginAsync(cancellationToken);
        var db = unit.Context<LedgerDbContext>();
        await CheckAsync(db, partner, errors, cancellationToken);
        if (errors.Count > 0)
        {
            throw new InterchangeValidationException(errors);
        }

        db.Partners.Add(partner);
        await CatalogOutbox.EnqueueAsync(unit, CatalogDocumentTypes.Partner, partner.Id, partner.Version, partner, cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return new ImportedDocument(partner.Id, CatalogDocumentTypes.Partner, partner.Code);
    }

    public async Task<JsonElement?> ExportAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        var partner = await unit.Context<LedgerDbContext>().Partners.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        return partner is null ? null : JsonDocument.Parse(CanonicalJson.Serialize(partner)).RootElement.Clone();
    }

    private static Partner? Read(JsonElement document, List<DocumentFieldError> errors)
    {
        var before = errors.Count;
        var f = InterchangeFields.Root(document, errors);
        var partner = new Partner
        {
            Id = f.Id("id") ?? Guid.CreateVersion7(),
            CompanyId = f.Id("companyId", required: true) ?? Guid.Empty,
            Code = f.Text("code", required: true) ?? "",
            Name = f.Text("name", required: true) ?? "",
            TaxCode = f.Text("taxCode"),
            Address = f.Text("address"),
            Kinds = ReadKinds(f),
            Version = 1,
        };
        if (partner.TaxCode is not null && !TaxCodeRule.IsValid(partner.TaxCode))
        {
            f.Add(f.At("taxCode"), InterchangeRules.Format, "Mã số thuế phải gồm 10 chữ số, 10 chữ số + '-' + 3 chữ số, hoặc 12 chữ số", "the tax code must be 10 digits, 10 digits + '-' + 3 digits, or 12 digits");
        }

        return errors.Count == before ? partner : null;
    }

    /// <summary>"customer", "vendor", "employee" or several joined by commas (the canonical form of the flags).</summary>
    private static PartnerKinds ReadKinds(InterchangeFields f)
    {
        var text = f.Text("kinds");
        var kinds = PartnerKinds.None;
        foreach (var word in (text ?? "customer").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (Array.IndexOf(KindValues, word.ToLowerInvariant()) is var index and >= 0)
            {
                kinds |= (PartnerKinds)(1 << index);
            }
            else
            {
                f.Add(f.At("kinds"), InterchangeRules.NotAllowed, "'kinds' chỉ gồm customer, vendor, employee", "'kinds' may only hold customer, vendor, employee");
            }
        }

        return kinds;
    }

    private static async Task CheckAsync(LedgerDbContext db, Partner partner, List<DocumentFieldError> errors, CancellationToken cancellationToken)
    {
        if (!await db.Companies.AnyAsync(c => c.Id == partner.CompanyId, cancellationToken))
        {
            errors.Add(new DocumentFieldError("$.companyId", InterchangeRules.UnknownCompany, $"Không có công ty {partner.CompanyId} / company {partner.CompanyId} does not exist"));
        }

        if (await db.Partners.AnyAsync(p => p.Id == partner.Id, cancellationToken))
        {
            errors.Add(new DocumentFieldError("$.id", InterchangeRules.DuplicateId, $"Đối tượng {partner.Id} đã có / partner {partner.Id} already exists"));
        }

        if (await db.Partners.AnyAsync(p => p.CompanyId == partner.CompanyId && p.Code == partner.Code, cancellationToken))
        {
            errors.Add(new DocumentFieldError("$.code", InterchangeRules.DuplicateCode, $"Mã đối tượng {partner.Code} đã tồn tại / partner code {partner.Code} already exists"));
        }
    }
}
