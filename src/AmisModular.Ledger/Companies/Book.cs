namespace AmisModular.Ledger.Companies;

/// <summary>
/// A separate set of books of a company. <c>Tax</c> = sổ tài chính (statutory, source of tax returns);
/// <c>Internal</c> = sổ quản trị (management accounting). Each has its own numbers, posted lines and opening balances.
/// </summary>
public enum Book
{
    Tax = 1,
    Internal = 2,
}
