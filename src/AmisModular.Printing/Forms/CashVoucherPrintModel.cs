namespace AmisModular.Printing.Forms;

/// <summary>
/// Everything printed on a Phiếu thu (01-TT) / Phiếu chi (02-TT). Plain data filled by the Cash module; the printing
/// library knows nothing of the ledger. The legal regime line is data because it changes with the regime
/// (TT200 → TT99/2025 from 2026, TT133 for SMEs).
/// </summary>
public sealed record CashVoucherPrintModel
{
    /// <summary>The regime line of TT99/2025 (general regime from fiscal year 2026).</summary>
    public const string Tt99RegimeText =
        "(Ban hành theo Thông tư số 99/2025/TT-BTC ngày 27/10/2025 của Bộ Tài chính)";

    public required CashVoucherKind Kind { get; init; }

    /// <summary>Đơn vị.</summary>
    public required string CompanyName { get; init; }

    /// <summary>Địa chỉ of the company.</summary>
    public string? CompanyAddress { get; init; }

    /// <summary>"Mẫu số 01 - TT" / "Mẫu số 02 - TT" when left empty.</summary>
    public string? FormCode { get; init; }

    /// <summary>The circular reference line, e.g. <see cref="Tt99RegimeText"/>.</summary>
    public required string RegimeText { get; init; }

    /// <summary>Quyển số (book number); may be empty.</summary>
    public string? BookNumber { get; init; }

    /// <summary>Số (voucher number), e.g. PT00001.</summary>
    public required string VoucherNumber { get; init; }

    public required DateOnly VoucherDate { get; init; }

    /// <summary>Nợ accounts (e.g. 1111 on a receipt).</summary>
    public required IReadOnlyList<VoucherAccountEntry> DebitAccounts { get; init; }

    /// <summary>Có accounts (e.g. 131 on a receipt).</summary>
    public required IReadOnlyList<VoucherAccountEntry> CreditAccounts { get; init; }

    /// <summary>Họ và tên người nộp tiền (receipt) / người nhận tiền (payment).</summary>
    public required string PersonName { get; init; }

    /// <summary>Địa chỉ of the person paying / receiving.</summary>
    public string? PersonAddress { get; init; }

    /// <summary>Lý do nộp / Lý do chi.</summary>
    public required string Reason { get; init; }

    /// <summary>Số tiền, in <see cref="CurrencyCode"/>.</summary>
    public required decimal Amount { get; init; }

    /// <summary>ISO currency code; VND unless the voucher is in a foreign currency.</summary>
    public string CurrencyCode { get; init; } = "VND";

    /// <summary>Overrides the computed "Viết bằng chữ" text (e.g. a currency without built-in words).</summary>
    public string? AmountInWords { get; init; }

    /// <summary>Kèm theo … chứng từ gốc; null prints a dotted blank.</summary>
    public int? AttachedOriginalDocuments { get; init; }

    /// <summary>Tỷ giá ngoại tệ for a foreign-currency voucher.</summary>
    public decimal? ExchangeRate { get; init; }

    /// <summary>Số tiền quy đổi (VND); computed as Amount × ExchangeRate when a rate is given and this is null.</summary>
    public decimal? ConvertedAmount { get; init; }

    public CashVoucherSignatories Signatories { get; init; } = new();
}
