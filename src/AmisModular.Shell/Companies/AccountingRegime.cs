namespace AmisModular.Shell.Companies;

/// <summary>The accounting regime (chế độ kế toán) a company applies.</summary>
public enum AccountingRegime
{
    TT99,
    TT200,
    TT133,
}
