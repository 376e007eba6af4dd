using System.Text.Json;
using AmisModular.Cloud.Data;
using AmisModular.Ledger.Companies;
using AmisModular.Storage.Json;
using AmisModular.Sync.Protocol.Push;

namespace AmisModular.Cloud.Push;

/// <summary>
/// Phiếu thu / Phiếu chi (module cash): the company must be the caller's and every line must carry an amount above
/// zero on a counter-account. The cash account is the other side of every line, so a cash voucher balances by
/// construction. The cloud reads only the fields it checks (it does not load the module's assembly).
/// </summary>
public sealed class CashVoucherRule(string documentType) : IDocumentRule
{
    public const string ModuleId = "cash";
    public const string Receipt = "cash.receipt";
    public const string Payment = "cash.payment";

    public string DocumentType => documentType;

    public string Module => ModuleId;

    public DocumentFacts Inspect(Mutation mutation, Tenant tenant)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        ArgumentNullException.ThrowIfNull(tenant);
        CashPayload payload;
        try
        {
            payload = CanonicalJson.Deserialize<CashPayload>(mutation.Payload);
        }
        catch (JsonException ex)
        {
            return DocumentFacts.Invalid(RejectionCodes.InvalidPayload, $"Nội dung phiếu không đọc được. / The payload cannot be read: {ex.Message}");
        }

        if (payload.Id != mutation.DocumentId)
        {
            return DocumentFacts.Invalid(RejectionCodes.InvalidPayload, "Mã phiếu trong nội dung khác mã đồng bộ. / The payload id differs from documentId.");
        }

        if (payload.CompanyId != tenant.CompanyId)
        {
            return DocumentFacts.Invalid(RejectionCodes.WrongCompany,
                $"Phiếu thuộc công ty khác, không phải {tenant.TaxCode}. / The voucher belongs to another company than {tenant.TaxCode}.");
        }

        if (payload.Lines is null || payload.Lines.Count == 0 || payload.Lines.Any(l => l.Amount <= 0 || string.IsNullOrWhiteSpace(l.CounterAccount)))
        {
            return DocumentFacts.Invalid(RejectionCodes.Unbalanced,
                "Phiếu phải có dòng với tài khoản đối ứng và số tiền lớn hơn 0. / Every cash voucher needs lines with a counter-account and an amount above zero.");
        }

        var partners = payload.Lines.Select(l => l.PartnerId).Append(payload.PartnerId).OfType<Guid>().Distinct().ToList();
        return new DocumentFacts(null, payload.PostingDate, mutation.LocalNumber ?? payload.TaxNumber ?? payload.InternalNumber, partners, Postings(payload));
    }

    /// <summary>Phiếu thu: Nợ TK tiền mặt / Có TK đối ứng; phiếu chi the other way round (the desktop's cash posting rules).</summary>
    private List<CloudPosting> Postings(CashPayload payload)
    {
        var receipt = documentType == Receipt;
        return [.. payload.Lines!.SelectMany(l => receipt
            ? CloudPostings.Pair(payload.Books, payload.CashAccount, l.CounterAccount, l.Amount, null, l.PartnerId ?? payload.PartnerId)
            : CloudPostings.Pair(payload.Books, l.CounterAccount, payload.CashAccount, l.Amount, l.PartnerId ?? payload.PartnerId, null))];
    }

    private sealed record CashPayload(
        Guid Id, Guid CompanyId, BookSet Books, DateOnly PostingDate, string? TaxNumber, string? InternalNumber, Guid? PartnerId, string CashAccount,
        IReadOnlyList<CashPayloadLine>? Lines);

    private sealed record CashPayloadLine(string? CounterAccount, decimal Amount, Guid? PartnerId);
}
