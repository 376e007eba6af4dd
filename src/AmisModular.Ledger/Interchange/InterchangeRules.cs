namespace AmisModular.Ledger.Interchange;

/// <summary>The rule codes an interchange field error names (docs/interchange/README.md lists them).</summary>
public static class InterchangeRules
{
    public const string Required = "required";
    public const string Type = "type";
    public const string Format = "format";
    public const string Precision = "precision";
    public const string Positive = "positive";
    public const string NotAllowed = "not-allowed";
    public const string UnknownCompany = "unknown-company";
    public const string UnknownAccount = "unknown-account";
    public const string NonPostableAccount = "non-postable-account";
    public const string UnknownPartner = "unknown-partner";
    public const string PartnerRequired = "partner-required";
    public const string Unbalanced = "unbalanced";
    public const string PeriodLocked = "period-locked";
    public const string PeriodNotOpen = "period-not-open";
    public const string DuplicateId = "duplicate-id";
    public const string DuplicateNumber = "duplicate-number";
    public const string DuplicateCode = "duplicate-code";
    public const string BookNotKept = "book-not-kept";
    public const string DateOrder = "date-order";
    public const string SameAccount = "same-account";
    public const string UnknownDocumentType = "unknown-document-type";
}
