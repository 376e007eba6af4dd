namespace AmisModular.Modules.Cash.Documents;

/// <summary>The rule codes a cash voucher can break; the interchange reports them beside the JSON path.</summary>
public static class CashVoucherRules
{
    public const string Required = "required";
    public const string InvalidBooks = "invalid-books";
    public const string CashAccount = "cash-account";
    public const string UnsupportedCurrency = "unsupported-currency";
    public const string PostingBeforeDocument = "posting-before-document-date";
    public const string SameAsCashAccount = "same-as-cash-account";
    public const string Positive = "positive";
    public const string UnknownPartner = "unknown-partner";
    public const string UnknownBranch = "unknown-branch";
    public const string UnknownAccount = "unknown-account";
    public const string NonPostableAccount = "non-postable-account";
    public const string PartnerRequired = "partner-required";
    public const string PeriodNotOpen = "period-not-open";
    public const string PeriodLocked = "period-locked";
    public const string InsufficientCash = "insufficient-cash";
    public const string UnknownCompany = "unknown-company";
    public const string DuplicateId = "duplicate-id";
    public const string DuplicateNumber = "duplicate-number";
    public const string InvalidType = "invalid-type";
    public const string InvalidValue = "invalid-value";
    public const string KindMismatch = "kind-mismatch";
    public const string NotNegative = "not-negative";
    public const string TooLong = "too-long";
    public const string UnknownProperty = "unknown-property";
}
