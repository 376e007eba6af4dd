using AmisModular.Ledger.Companies;

namespace AmisModular.Modules.Reports.Common;

/// <summary>What every report request names: the company, the book and the date range (both ends included).</summary>
public interface IReportScope
{
    Guid CompanyId { get; }

    Book Book { get; }

    DateOnly From { get; }

    DateOnly To { get; }
}
