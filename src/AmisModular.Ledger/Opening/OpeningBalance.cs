using AmisModular.Ledger.Companies;

namespace AmisModular.Ledger.Opening;

/// <summary>Số dư đầu kỳ of one account (and partner for 131/331) in one book, as of the date books start.</summary>
public sealed class OpeningBalance
{
    public Guid Id { get; set; }

    public Guid CompanyId { get; set; }

    public Book Book { get; set; }

    public string AccountCode { get; set; } = "";

    public Guid? PartnerId { get; set; }

    public DateOnly AsOfDate { get; set; }

    public decimal Debit { get; set; }

    public decimal Credit { get; set; }
}
