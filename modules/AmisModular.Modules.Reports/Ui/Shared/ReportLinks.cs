using System.Globalization;
using AmisModular.Modules.Reports.Common;

namespace AmisModular.Modules.Reports.Ui.Shared;

/// <summary>
/// The URLs of drill-down. A figure opens the ledger of its account (and partner) for its range; a line opens the
/// document behind it at <c>/{module}/documents/{id}</c>, the convention every module serves. Core vouchers
/// (module "core", e.g. NVK) have no module of their own: the reports module shows them read-only.
/// </summary>
public static class ReportLinks
{
    public const string TrialBalance = "reports/trial-balance";
    public const string GeneralJournal = "reports/general-journal";
    public const string GeneralLedger = "reports/general-ledger";
    public const string CoreModuleId = "core";

    public static string Ledger(FigureSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Ledger(source.AccountCode, source.PartnerId, source.From, source.To);
    }

    public static string Ledger(string accountCode, Guid? partnerId, DateOnly from, DateOnly to)
    {
        var query = $"account={Uri.EscapeDataString(accountCode)}&from={UiText.IsoDate(from)}&to={UiText.IsoDate(to)}";
        return $"{GeneralLedger}?{query}" + (partnerId is { } p ? $"&partner={p.ToString("D", CultureInfo.InvariantCulture)}" : "");
    }

    public static string Range(string page, DateOnly from, DateOnly to) => $"{page}?from={UiText.IsoDate(from)}&to={UiText.IsoDate(to)}";

    public static string Document(DocumentReference document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var module = document.ModuleId == CoreModuleId ? "reports" : document.ModuleId;
        return $"{module}/documents/{document.DocumentId.ToString("D", CultureInfo.InvariantCulture)}";
    }
}
