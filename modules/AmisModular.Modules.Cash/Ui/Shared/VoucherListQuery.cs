using AmisModular.Ledger.Companies;
using AmisModular.Modules.Cash.Documents;

namespace AmisModular.Modules.Cash.Ui.Shared;

/// <summary>The list screen's filters: kind and book fixed by the page and the shell; dates, status and text by the user.</summary>
public sealed record VoucherListQuery(
    Guid CompanyId, Book Book, CashVoucherKind Kind, DateOnly From, DateOnly To, VoucherStatusFilter Status = VoucherStatusFilter.All, string? Text = null);
