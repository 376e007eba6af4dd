using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Errors;
using AmisModular.Ledger.Journal;
using AmisModular.Ledger.Queries;

namespace AmisModular.Modules.Cash.Reports;

/// <summary>
/// Sổ quỹ tiền mặt from the journal, so every voucher that posted to 111x appears (cash vouchers, general journal NVK,
/// later bank withdrawals), whatever module owns it. Within a day money in comes before money out, so the running
/// balance does not dip below zero on a day the till never did.
/// </summary>
public sealed class CashBook(LedgerQueries queries, CompanyService companies)
{
    /// <exception cref="DocumentValidationException">Dates reversed, or the account is not 111 or under it.</exception>
    /// <exception cref="NotFoundException">No such company.</exception>
    public async Task<CashBookResult> BuildAsync(CashBookQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        Validate(query);
        var company = await companies.GetAsync(query.CompanyId, cancellationToken);
        var opening = (await queries.BalanceAsync(query.CompanyId, query.Book, query.CashAccount, query.From, null, cancellationToken)).Net;
        var lines = await queries.JournalAsync(query.CompanyId, query.Book, query.From, query.To, query.CashAccount, cancellationToken);
        var ordered = lines
            .OrderBy(l => l.PostingDate).ThenBy(l => l.DocumentDate).ThenBy(l => l.Debit > 0 ? 0 : 1)
            .ThenBy(l => l.DocumentNumber, StringComparer.Ordinal).ThenBy(l => l.DocumentId).ThenBy(l => l.LineNo);
        var rows = new List<CashBookRow>(lines.Count);
        var balance = opening;
        foreach (var line in ordered)
        {
            balance += line.Debit - line.Credit;
            rows.Add(Row(line, balance));
        }

        var receipts = rows.Sum(r => r.Receipt);
        var payments = rows.Sum(r => r.Payment);
        return new CashBookResult(query, company.Name, opening, rows, receipts, payments, opening + receipts - payments);
    }

    private static CashBookRow Row(JournalLine line, decimal balance)
    {
        var moneyIn = line.Debit > 0;
        return new CashBookRow(
            line.PostingDate, line.DocumentDate,
            moneyIn ? line.DocumentNumber : null, moneyIn ? null : line.DocumentNumber,
            line.Description ?? "", line.CorrespondingAccountCode, line.Debit, line.Credit, balance,
            line.AccountCode, line.DocumentId, line.DocumentType);
    }

    private static void Validate(CashBookQuery query)
    {
        var errors = new List<ValidationError>();
        if (query.From > query.To)
        {
            errors.Add(ValidationError.Of(nameof(query.To), "Đến ngày phải không nhỏ hơn từ ngày.", "The end date cannot be before the start date."));
        }

        if (string.IsNullOrWhiteSpace(query.CashAccount) || !query.CashAccount.StartsWith("111", StringComparison.Ordinal) || !query.CashAccount.All(char.IsAsciiDigit))
        {
            errors.Add(ValidationError.Of(nameof(query.CashAccount), "Sổ quỹ tiền mặt chỉ lập cho TK 111 hoặc TK chi tiết của 111.", "The cash book is kept for account 111 or its sub-accounts only."));
        }

        if (errors.Count > 0)
        {
            throw new DocumentValidationException(errors);
        }
    }
}
