using AmisModular.Cli.Accounting;
using AmisModular.Cli.Cli;
using AmisModular.Cli.Composition;
using AmisModular.Ledger.Chart;
using AmisModular.Ledger.Periods;
using AmisModular.Ledger.Storage;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace AmisModular.Cli.Commands.Account;

/// <summary>`amis account add 11211 --parent 1121 --name ...`: opens a company sub-account; the parent stops being postable.</summary>
public sealed class AddAccountCommand(IAnsiConsole console, InstallationFactory installations) : LedgerCommand<AddAccountSettings>(installations)
{
    protected override async Task<int> ExecuteAsync(LedgerSession session, AddAccountSettings settings, CancellationToken cancellationToken)
    {
        var company = await CompanySelection.ResolveAsync(session, settings.Company, cancellationToken);
        var parent = settings.Parent ?? throw new CliInputException("thiếu --parent / --parent is required");
        var regime = CliParse.Regime(settings.Regime);
        if (regime is null)
        {
            await using var unit = await session.Store.BeginReadAsync(cancellationToken);
            regime = await unit.Context<LedgerDbContext>().FiscalYears.AsNoTracking().Where(y => y.CompanyId == company.Id)
                .OrderByDescending(y => y.StartDate).Select(y => (AccountingRegime?)y.Regime).FirstOrDefaultAsync(cancellationToken)
                ?? throw new CliInputException("công ty chưa mở năm tài chính nào; dùng --regime / the company has no fiscal year; pass --regime");
        }

        var account = await session.Get<ChartService>().OpenSubAccountAsync(
            company.Id, regime.Value, parent, settings.Code, settings.Name ?? "", settings.NameEn ?? "", cancellationToken);
        console.WriteLine($"Đã mở tài khoản / Account opened: {account.Code} {account.NameVi} (cấp / level {account.Level}, TK tổng hợp / parent {account.ParentCode}, {account.Regime.ToString().ToUpperInvariant()})");
        return ExitCodes.Ok;
    }
}
