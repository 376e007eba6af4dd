using AmisModular.Ledger.Periods;

namespace AmisModular.Ledger.Chart;

/// <summary>
/// An account of a regime's chart. Seed rows (CompanyId null) are the regime's accounts; a company opens its own
/// sub-accounts (CompanyId set) under any account. An account with children is not postable.
/// </summary>
public sealed class Account
{
    public Guid Id { get; set; }

    public Guid? CompanyId { get; set; }

    public AccountingRegime Regime { get; set; }

    public string Code { get; set; } = "";

    public string? ParentCode { get; set; }

    public int Level { get; set; }

    public string NameVi { get; set; } = "";

    public string NameEn { get; set; } = "";

    public AccountNature Nature { get; set; }

    /// <summary>Prescribed by the regime; false for detail accounts the software (like MISA) adds by default.</summary>
    public bool Prescribed { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    public DateOnly? EffectiveTo { get; set; }

    /// <summary>A company sub-account syncs like the other catalogs (core.account); seed accounts stay at 0 and never sync.</summary>
    public long Version { get; set; }

    public bool IsEffectiveOn(DateOnly date) => date >= EffectiveFrom && (EffectiveTo is null || date <= EffectiveTo);
}
