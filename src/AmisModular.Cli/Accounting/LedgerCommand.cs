using AmisModular.Cli.Composition;
using Spectre.Console.Cli;

namespace AmisModular.Cli.Accounting;

/// <summary>Base of the ledger commands: opens the installation and its <see cref="LedgerSession"/> for the command body.</summary>
public abstract class LedgerCommand<TSettings>(InstallationFactory installations) : AsyncCommand<TSettings>
    where TSettings : LedgerSettings
{
    public override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        using var installation = installations.Open(settings);
        await using var session = await LedgerSession.OpenAsync(installation, cancellationToken);
        return await ExecuteAsync(session, settings, cancellationToken);
    }

    protected abstract Task<int> ExecuteAsync(LedgerSession session, TSettings settings, CancellationToken cancellationToken);
}
