using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Errors;
using AmisModular.Ledger.Periods;
using AmisModular.Ledger.Posting;
using AmisModular.Ledger.Storage;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Modules.Cash.Posting;
using AmisModular.Modules.Cash.Storage;
using AmisModular.Printing.Forms;
using AmisModular.Storage.UnitOfWork;
using Microsoft.EntityFrameworkCore;
using DocumentKind = AmisModular.Modules.Cash.Documents.CashVoucherKind;
using FormKind = AmisModular.Printing.Forms.CashVoucherKind;

namespace AmisModular.Modules.Cash.Printing;

/// <summary>
/// In (Ctrl+P) for Phiếu thu / Phiếu chi: fills the 01-TT / 02-TT print model from a saved voucher and renders it.
/// Reads only the local store, so it prints offline; a draft prints too (MISA allows it), with the Nợ/Có accounts the
/// posting rule would write.
/// </summary>
public sealed class CashVoucherPrinter(IStore store, CashPrintOptions defaults, CashVoucherPdfRenderer renderer)
{
    private static readonly CashReceiptPostingRule ReceiptRule = new();
    private static readonly CashPaymentPostingRule PaymentRule = new();

    /// <summary>The print model of voucher <paramref name="voucherId"/>; <paramref name="options"/> default to the module's settings.</summary>
    /// <exception cref="NotFoundException">No such voucher, or its company is gone.</exception>
    public async Task<CashVoucherPrintModel> BuildModelAsync(Guid voucherId, CashPrintOptions? options, CancellationToken cancellationToken)
    {
        var o = options ?? defaults;
        await using var unit = await store.BeginReadAsync(cancellationToken);
        var ledger = unit.Context<LedgerDbContext>();
        var voucher = await unit.Context<CashDbContext>().Vouchers.AsNoTracking().Include(v => v.Lines)
            .FirstOrDefaultAsync(v => v.Id == voucherId, cancellationToken) ?? throw new NotFoundException("cash voucher", voucherId);
        var company = await CompanyService.RequireAsync(ledger, voucher.CompanyId, cancellationToken);
        var found = await FiscalCalendar.FindAsync(ledger, voucher.CompanyId, voucher.PostingDate, cancellationToken);
        var regime = found?.Year.Regime ?? RegimeRules.DefaultFor(voucher.PostingDate);
        var partner = voucher.PartnerId is { } partnerId
            ? await ledger.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.Id == partnerId, cancellationToken)
            : null;
        var lines = voucher.Kind == DocumentKind.Receipt ? ReceiptRule.Build(voucher) : PaymentRule.Build(voucher);
        return new CashVoucherPrintModel
        {
            Kind = voucher.Kind == DocumentKind.Receipt ? FormKind.Receipt : FormKind.Payment,
            CompanyName = company.Name,
            CompanyAddress = company.Address,
            RegimeText = RegimeTexts.For(regime),
            BookNumber = o.BookNumber,
            VoucherNumber = NumberOf(voucher, o.Book),
            VoucherDate = voucher.DocumentDate,
            DebitAccounts = Side(lines, debit: true),
            CreditAccounts = Side(lines, debit: false),
            PersonName = string.IsNullOrWhiteSpace(voucher.PersonName) ? partner?.Name ?? "" : voucher.PersonName,
            PersonAddress = voucher.Address ?? partner?.Address,
            Reason = voucher.Description,
            Amount = voucher.Total,
            CurrencyCode = voucher.Currency,
            AttachedOriginalDocuments = voucher.AttachedDocuments,
            Signatories = o.Signatories,
        };
    }

    /// <summary>The 01-TT (receipt) or 02-TT (payment) PDF of the voucher.</summary>
    /// <exception cref="PrintModelValidationException">The voucher lacks a field the form needs (e.g. no number in the chosen book).</exception>
    public async Task<byte[]> RenderPdfAsync(Guid voucherId, CashPrintOptions? options, CancellationToken cancellationToken) =>
        renderer.Render(await BuildModelAsync(voucherId, options, cancellationToken));

    private static string NumberOf(CashVoucher voucher, Book? book) => book switch
    {
        Book.Tax => voucher.TaxNumber ?? "",
        Book.Internal => voucher.InternalNumber ?? "",
        _ => voucher.TaxNumber ?? voucher.InternalNumber ?? "",
    };

    /// <summary>One entry per account; the amounts are printed only when the side splits over several accounts.</summary>
    private static List<VoucherAccountEntry> Side(IReadOnlyList<PostingLine> lines, bool debit)
    {
        var accounts = lines.Where(l => debit ? l.Debit > 0 : l.Credit > 0)
            .GroupBy(l => l.AccountCode, StringComparer.Ordinal)
            .Select(g => (Account: g.Key, Amount: g.Sum(l => debit ? l.Debit : l.Credit)))
            .ToList();
        return [.. accounts.Select(a => new VoucherAccountEntry(a.Account, accounts.Count > 1 ? a.Amount : null))];
    }
}
