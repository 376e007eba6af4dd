using AmisModular.Cli.Accounting;

namespace AmisModular.Cli.Commands.Book;

public sealed class ListBooksSettings : LedgerSettings;
