using AmisModular.Cli.Accounting;
using AmisModular.Cli.Cli;
using AmisModular.Cli.Composition;
using AmisModular.Ledger.Periods;
using AmisModular.Ledger.Storage;
using AmisModular.Storage.UnitOfWork;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AmisModular.Cli.Commands.Period;

/// <summary>
/// `amis period lock|unlock --to D`, MISA's lock date: lock = every period ending on or before D is locked (khóa sổ đến
/// ngày D); unlock = D becomes the new lock date, every locked period after it is unlocked (bỏ khóa sổ). All in one transaction.
/// </summary>
public sealed class LockPeriodsCommand(IAnsiConsole console, InstallationFactory installations) : LedgerCommand<PeriodSettings>(installations)
{
    public const string Lock = "lock";

    private string action = Lock;

    public override Task<int> ExecuteAsync(CommandContext context, PeriodSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        action = context.Data as string ?? Lock;
        return base.ExecuteAsync(context, settings, cancellationToken);
    }

    protected override async Task<int> ExecuteAsync(LedgerSession session, PeriodSettings settings, CancellationToken cancellationToken)
    {
        var company = await CompanySelection.ResolveAsync(session, settings.Company, cancellationToken);
        _ = CliParse.BookOption(settings.Book);
        var to = CliParse.Date(settings.To ?? throw new CliInputException("thiếu --to (ngày khóa sổ) / --to (the lock date) is required"), "--to");
        if (to.AddDays(1).Day != 1)
        {
            throw new CliInputException($"--to {to:yyyy-MM-dd} phải là ngày cuối tháng (kỳ kế toán theo tháng) / --to must be the last day of a month (periods are monthly)");
        }

        var user = settings.User ?? Environment.UserName;
        var locking = action == Lock;
        List<FiscalPeriod> targets;
        await using (var unit = await session.Store.BeginReadAsync(cancellationToken))
        {
            var periods = unit.Context<LedgerDbContext>().FiscalPeriods.AsNoTracking().Where(p => p.CompanyId == company.Id);
            targets = await (locking ? periods.Where(p => p.EndDate <= to && !p.IsLocked) : periods.Where(p => p.StartDate > to && p.IsLocked))
                .OrderBy(p => p.StartDate).ToListAsync(cancellationToken);
        }

        var calendar = session.Get<FiscalCalendar>();
        await StoreScope.RunAsync(session.Store, async ct =>
        {
            foreach (var p in targets)
            {
                await (locking ? calendar.LockAsync(company.Id, p.StartDate.Year, p.StartDate.Month, user, ct) : calendar.UnlockAsync(company.Id, p.StartDate.Year, p.StartDate.Month, user, ct));
            }
        }, cancellationToken);

        var names = targets.Count == 0 ? "(không kỳ nào thay đổi / no period changed)" : string.Join(", ", targets.Select(p => p.Name));
        console.WriteLine(locking
            ? $"Đã khóa sổ đến / Locked through {to:yyyy-MM-dd}: {names}"
            : $"Đã bỏ khóa sau / Unlocked after {to:yyyy-MM-dd}: {names}");
        return ExitCodes.Ok;
    }
}
