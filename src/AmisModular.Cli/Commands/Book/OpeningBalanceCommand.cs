using AmisModular.Cli.Accounting;
using AmisModular.Cli.Cli;
using AmisModular.Cli.Composition;
using AmisModular.Ledger.Opening;
using AmisModular.Ledger.Storage;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace AmisModular.Cli.Commands.Book;

/// <summary>`amis book opening --book Tax --account 1111 --debit 100000000 [--partner KH01]`: sets one opening balance.</summary>
public sealed class OpeningBalanceCommand(IAnsiConsole console, InstallationFactory installations) : LedgerCommand<OpeningBalanceSettings>(installations)
{
    protected override async Task<int> ExecuteAsync(LedgerSession session, OpeningBalanceSettings settings, CancellationToken cancellationToken)
    {
        var company = await CompanySelection.ResolveAsync(session, settings.Company, cancellationToken);
        var book = CliParse.BookOption(settings.Book);
        var account = settings.Account ?? throw new CliInputException("thiếu --account / --account is required");
        var debit = CliParse.Money(settings.Debit, "--debit");
        var credit = CliParse.Money(settings.Credit, "--credit");
        Guid? partnerId = null;
        DateOnly date;
        await using (var unit = await session.Store.BeginReadAsync(cancellationToken))
        {
            var db = unit.Context<LedgerDbContext>();
            if (settings.Partner is { } code)
            {
                partnerId = (await db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.CompanyId == company.Id && p.Code == code, cancellationToken))?.Id
                    ?? throw new CliNotFoundException($"không có đối tượng mã {code} / no partner with code {code}");
            }

            date = CliParse.OptionalDate(settings.Date, "--date")
                ?? await db.FiscalYears.AsNoTracking().Where(y => y.CompanyId == company.Id).OrderBy(y => y.StartDate).Select(y => (DateOnly?)y.StartDate).FirstOrDefaultAsync(cancellationToken)
                ?? throw new CliInputException("công ty chưa mở năm tài chính nào / the company has no fiscal year");
        }

        var balance = await session.Get<OpeningBalanceService>().SetAsync(company.Id, book, account, partnerId, debit, credit, date, cancellationToken);
        console.WriteLine($"Số dư đầu kỳ / Opening balance: {book} {balance.AccountCode}{(settings.Partner is null ? "" : " " + settings.Partner)} " +
            $"Nợ/Dr {balance.Debit:0.####} Có/Cr {balance.Credit:0.####} ngày/as of {balance.AsOfDate:yyyy-MM-dd}");
        return ExitCodes.Ok;
    }
}
