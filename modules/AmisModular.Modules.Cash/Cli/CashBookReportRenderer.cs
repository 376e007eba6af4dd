using AmisModular.Ledger.Interchange;
using AmisModular.Modules.Cash.Reports;
using AmisModular.Printing.Tables;

namespace AmisModular.Modules.Cash.Cli;

/// <summary>
/// <c>amis report cash-book --account 1111</c>: Sổ quỹ tiền mặt (S07-DN) of one till, 1111 when no account is given
/// (111 takes every sub-account). "table" is the plain-text table of <see cref="ReportTableWriters"/>.
/// </summary>
public sealed class CashBookReportRenderer(CashBook cashBook) : IReportRenderer
{
    public const string Name = "cash-book";

    public const string DefaultAccount = "1111";

    public string Report => Name;

    public async Task RenderAsync(ReportRequest request, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var account = string.IsNullOrWhiteSpace(request.Account) ? DefaultAccount : request.Account.Trim();
        var result = await cashBook.BuildAsync(new CashBookQuery(request.CompanyId, request.Book, request.From, request.To, account), cancellationToken);
        ReportTableWriters.ForFormat(request.Format == ReportFormats.Table ? "text" : request.Format).Write(result.ToTable(), output);
    }
}
