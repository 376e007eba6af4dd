using System.Text.Json;
using AmisModular.Cloud.Data;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Storage.Json;
using AmisModular.Sync.Protocol.Push;

namespace AmisModular.Cloud.Push;

/// <summary>Chứng từ nghiệp vụ khác: the company must be the caller's, and debits must equal credits.</summary>
public sealed class GeneralJournalRule : IDocumentRule
{
    public string DocumentType => GeneralJournalVoucher.Type;

    public string Module => "core";

    public DocumentFacts Inspect(Mutation mutation, Tenant tenant)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        ArgumentNullException.ThrowIfNull(tenant);
        GeneralJournalPayload payload;
        try
        {
            payload = CanonicalJson.Deserialize<GeneralJournalPayload>(mutation.Payload);
        }
        catch (JsonException ex)
        {
            return DocumentFacts.Invalid(RejectionCodes.InvalidPayload, $"Nội dung chứng từ không đọc được. / The payload cannot be read: {ex.Message}");
        }

        if (payload.Id != mutation.DocumentId)
        {
            return DocumentFacts.Invalid(RejectionCodes.InvalidPayload, "Mã chứng từ trong nội dung khác mã đồng bộ. / The payload id differs from documentId.");
        }

        if (payload.CompanyId != tenant.CompanyId)
        {
            return DocumentFacts.Invalid(RejectionCodes.WrongCompany,
                $"Chứng từ thuộc công ty khác, không phải {tenant.TaxCode}. / The voucher belongs to another company than {tenant.TaxCode}.");
        }

        if (payload.Lines is null || payload.Lines.Count == 0 || payload.Lines.Any(l => l.Amount <= 0))
        {
            return DocumentFacts.Invalid(RejectionCodes.Unbalanced, "Chứng từ phải có dòng với số tiền lớn hơn 0. / Every voucher needs lines with amounts above zero.");
        }

        var debitOnly = payload.Lines.Where(l => l.CreditAccount is null).Sum(l => l.Amount);
        var creditOnly = payload.Lines.Where(l => l.DebitAccount is null).Sum(l => l.Amount);
        if (debitOnly != creditOnly)
        {
            return DocumentFacts.Invalid(RejectionCodes.Unbalanced,
                $"Tổng Nợ {debitOnly:N0} khác tổng Có {creditOnly:N0}. / Debits {debitOnly:N0} do not equal credits {creditOnly:N0}.");
        }

        var postings = payload.Lines.SelectMany(l =>
            CloudPostings.Pair(payload.Books, l.DebitAccount, l.CreditAccount, l.Amount, l.DebitPartnerId, l.CreditPartnerId)).ToList();
        return new DocumentFacts(null, payload.PostingDate, mutation.LocalNumber ?? payload.TaxNumber ?? payload.InternalNumber, null, postings);
    }
}
