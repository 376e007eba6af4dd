using System.Text.Json;
using AmisModular.Cloud.Data;
using AmisModular.Ledger.Catalogs;
using AmisModular.Ledger.Chart;
using AmisModular.Ledger.Periods;
using AmisModular.Storage.Json;
using AmisModular.Sync.Protocol.Push;

namespace AmisModular.Cloud.Push;

/// <summary>
/// A company's sub-account (core.account): the caller's company, digits that extend the parent's code, a name, and a
/// parent in the regime's chart or itself a company sub-account (longer than a level-1 code; the desktop that opened
/// it checked it exists there). A seed account of the chart never syncs: every node has it.
/// </summary>
public sealed class AccountRule : IDocumentRule
{
    public string DocumentType => CatalogDocumentTypes.Account;

    public string Module => "core";

    public DocumentFacts Inspect(Mutation mutation, Tenant tenant)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        ArgumentNullException.ThrowIfNull(tenant);
        if (MutationOperations.Removes(mutation.Operation))
        {
            return new DocumentFacts(null, null, null);
        }

        AccountPayload payload;
        try
        {
            payload = CanonicalJson.Deserialize<AccountPayload>(mutation.Payload);
        }
        catch (JsonException ex)
        {
            return DocumentFacts.Invalid(RejectionCodes.InvalidPayload, $"Nội dung tài khoản không đọc được. / The account payload cannot be read: {ex.Message}");
        }

        return Check(payload, mutation, tenant) ?? new DocumentFacts(null, null, null);
    }

    private static DocumentFacts? Check(AccountPayload payload, Mutation mutation, Tenant tenant)
    {
        if (payload.Id != mutation.DocumentId)
        {
            return DocumentFacts.Invalid(RejectionCodes.InvalidPayload, "Mã trong nội dung khác mã đồng bộ. / The payload id differs from documentId.");
        }

        if (payload.CompanyId != tenant.CompanyId)
        {
            return DocumentFacts.Invalid(RejectionCodes.WrongCompany,
                $"Tài khoản thuộc công ty khác, không phải {tenant.TaxCode}. / The account belongs to another company than {tenant.TaxCode}.");
        }

        var parent = payload.ParentCode ?? "";
        var code = payload.Code ?? "";
        if (parent.Length == 0 || !parent.All(char.IsAsciiDigit) || !code.All(char.IsAsciiDigit) || code.Length <= parent.Length
            || !code.StartsWith(parent, StringComparison.Ordinal))
        {
            return DocumentFacts.Invalid(RejectionCodes.InvalidPayload,
                $"Số hiệu tài khoản chi tiết (code) phải là chữ số và bắt đầu bằng tài khoản tổng hợp {parent}. / code {code} must be digits extending its parent account {parent}.");
        }

        if (InChart(payload.Regime, code))
        {
            return DocumentFacts.Invalid(RejectionCodes.InvalidPayload,
                $"Tài khoản {code} có sẵn trong hệ thống tài khoản {payload.Regime}, không mở lại. / Account {code} is in the {payload.Regime} chart already.");
        }

        if (!InChart(payload.Regime, parent) && !InChart(payload.Regime, parent[..Math.Min(3, parent.Length)]))
        {
            return DocumentFacts.Invalid(RejectionCodes.InvalidPayload,
                $"Tài khoản tổng hợp (parentCode) {parent} không có trong hệ thống tài khoản {payload.Regime}. / Parent account {parent} is not in the {payload.Regime} chart.");
        }

        return string.IsNullOrWhiteSpace(payload.NameVi)
            ? DocumentFacts.Invalid(RejectionCodes.InvalidPayload, "Tên tài khoản (nameVi) là bắt buộc. / nameVi, the account name, is required.")
            : null;
    }

    private static bool InChart(AccountingRegime regime, string code) => ChartSeed.Accounts.Any(a => a.Regime == regime && a.Code == code);

    private sealed record AccountPayload(Guid Id, Guid? CompanyId, AccountingRegime Regime, string? Code, string? ParentCode, string? NameVi);
}
