using AmisModular.Ledger.Companies;
using AmisModular.Modularity.Abstractions.Workspace;

namespace AmisModular.Modules.Cash.Ui.Shared;

/// <summary>The shell's working book as the ledger names it. A voucher entered in a book is kept in that book only.</summary>
public static class WorkingBook
{
    public static Book ToLedger(this WorkspaceBook book) => book == WorkspaceBook.Internal ? Book.Internal : Book.Tax;

    public static BookSet ToBookSet(this WorkspaceBook book) => book == WorkspaceBook.Internal ? BookSet.Internal : BookSet.Tax;

    /// <summary>Today when it falls in the working fiscal year, else the year's last day (entering a past year's vouchers).</summary>
    public static DateOnly DefaultDate(this WorkspaceSelection selection, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(selection);
        return today.Year == selection.FiscalYear ? today : new DateOnly(selection.FiscalYear, 12, 31);
    }
}
