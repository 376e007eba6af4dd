using AmisModular.Cli.Accounting;
using AmisModular.Cli.Cli;
using AmisModular.Cli.Composition;
using AmisModular.Ledger.Storage;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace AmisModular.Cli.Commands.Period;

/// <summary>`amis period list`: each monthly period, open or locked, with who locked or unlocked it and when.</summary>
public sealed class ListPeriodsCommand(IAnsiConsole console, InstallationFactory installations) : LedgerCommand<PeriodSettings>(installations)
{
    protected override async Task<int> ExecuteAsync(LedgerSession session, PeriodSettings settings, CancellationToken cancellationToken)
    {
        var company = await CompanySelection.ResolveAsync(session, settings.Company, cancellationToken);
        await using var unit = await session.Store.BeginReadAsync(cancellationToken);
        var periods = await unit.Context<LedgerDbContext>().FiscalPeriods.AsNoTracking().Where(p => p.CompanyId == company.Id)
            .OrderBy(p => p.StartDate).ToListAsync(cancellationToken);
        foreach (var p in periods)
        {
            var state = p.IsLocked ? $"KHÓA / LOCKED by {p.LockedBy} {p.LockedAt:yyyy-MM-dd HH:mm}Z" : "mở / open";
            var unlocked = !p.IsLocked && p.UnlockedBy is not null ? $" (bỏ khóa / unlocked by {p.UnlockedBy} {p.UnlockedAt:yyyy-MM-dd HH:mm}Z)" : "";
            console.WriteLine($"{p.Name}  {p.StartDate:yyyy-MM-dd}..{p.EndDate:yyyy-MM-dd}  {state}{unlocked}");
        }

        return ExitCodes.Ok;
    }
}
