using AmisModular.Cli.Accounting;

namespace AmisModular.Cli.Commands.Company;

public sealed class ListCompaniesSettings : LedgerSettings;
