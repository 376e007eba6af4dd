using System.Text.Json;
using AmisModular.Cloud.Data;
using AmisModular.Storage.Json;
using AmisModular.Sync.Protocol.Push;

namespace AmisModular.Cloud.Push;

/// <summary>Catalog entries of the core (partners, bank accounts, branches): same id, the caller's company. No number, no date.</summary>
public sealed class CatalogRule(string documentType) : IDocumentRule
{
    public static readonly string[] DocumentTypes = ["core.partner", "core.bank-account", "core.branch"];

    public string DocumentType => documentType;

    public string Module => "core";

    public DocumentFacts Inspect(Mutation mutation, Tenant tenant)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        ArgumentNullException.ThrowIfNull(tenant);
        CatalogPayload payload;
        try
        {
            payload = CanonicalJson.Deserialize<CatalogPayload>(mutation.Payload);
        }
        catch (JsonException ex)
        {
            return DocumentFacts.Invalid(RejectionCodes.InvalidPayload, $"Nội dung danh mục không đọc được. / The catalog payload cannot be read: {ex.Message}");
        }

        if (payload.Id != mutation.DocumentId)
        {
            return DocumentFacts.Invalid(RejectionCodes.InvalidPayload, "Mã trong nội dung khác mã đồng bộ. / The payload id differs from documentId.");
        }

        return payload.CompanyId == tenant.CompanyId
            ? new DocumentFacts(null, null, null)
            : DocumentFacts.Invalid(RejectionCodes.WrongCompany,
                $"Danh mục thuộc công ty khác, không phải {tenant.TaxCode}. / The entry belongs to another company than {tenant.TaxCode}.");
    }

    private sealed record CatalogPayload(Guid Id, Guid CompanyId);
}
