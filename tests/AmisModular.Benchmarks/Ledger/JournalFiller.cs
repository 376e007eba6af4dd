using System.Globalization;
using AmisModular.Benchmarks.Infrastructure;
using AmisModular.Modules.Cash.Documents;
using static AmisModular.Benchmarks.Infrastructure.RawSqlite;

namespace AmisModular.Benchmarks.Ledger;

/// <summary>
/// Fills a seeded store with M journal lines, fast: the trial balance query is what figure 2 measures, not the
/// fill. Rows go straight into the ledger's own table (core_journal_lines, the product's schema and encodings:
/// upper-case GUID text, yyyy-MM-dd dates, integer ten-thousandths), one prepared insert in one transaction. They are
/// the journal lines the voucher mix posts, balanced per document, dated evenly through 2026.
/// </summary>
public static class JournalFiller
{
    public static async Task<long> FillAsync(string file, BenchCompany company, int lineCount, int seed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(company);
        await using var connection = await RawSqlite.OpenAsync(file, pooling: false, cancellationToken);
        await using var transaction = connection.BeginTransaction();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText =
            "INSERT INTO core_journal_lines (CompanyId, Book, DocumentId, ModuleId, DocumentType, DocumentNumber, DocumentDate, PostingDate, LineNo, SourceLineNo, AccountCode, CorrespondingAccountCode, Debit, Credit, PartnerId, BranchId, Description, RuleId) " +
            "VALUES ($company, 'Tax', $document, 'cash', $type, $number, $date, $date, $lineNo, $source, $account, $corresponding, $debit, $credit, $partner, NULL, $description, $rule)";
        foreach (var name in new[] { "$company", "$document", "$type", "$number", "$date", "$lineNo", "$source", "$account", "$corresponding", "$debit", "$credit", "$partner", "$description", "$rule" })
        {
            Parameter(insert, name);
        }

        insert.Prepare();
        insert.Parameters[0].Value = Text(company.CompanyId);
        long written = 0;
        var numbers = new Dictionary<CashVoucherKind, int> { [CashVoucherKind.Receipt] = 0, [CashVoucherKind.Payment] = 0 };
        foreach (var voucher in VoucherPlan.Generate(int.MaxValue, seed, company))
        {
            if (written >= lineCount)
            {
                break;
            }

            var date = Text(VoucherPlan.YearStart.AddDays((int)(written * 365 / lineCount)));
            var number = CashDocumentTypes.PrefixFor(voucher.Kind) + (++numbers[voucher.Kind]).ToString("00000", CultureInfo.InvariantCulture);
            var (document, type, rule) = (Text(Guid.CreateVersion7()), CashJournal.DocumentType(voucher.Kind), CashJournal.RuleId(voucher.Kind));
            foreach (var entry in CashJournal.Derive(voucher))
            {
                object[] values = [document, type, number, date, entry.LineNo, entry.SourceLineNo, entry.Account, entry.CorrespondingAccount,
                    Money(entry.Debit), Money(entry.Credit), Text(entry.PartnerId), entry.Description, rule];
                for (var i = 0; i < values.Length; i++)
                {
                    insert.Parameters[i + 1].Value = values[i];
                }

                insert.ExecuteNonQuery();
                written++;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return written;
    }
}
