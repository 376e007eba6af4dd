namespace AmisModular.Ledger.Posting;

/// <summary>A module's rule turning one document type into journal entries (định khoản).</summary>
public interface IPostingRule
{
    /// <summary>Stable id named in errors and stored on every journal line, e.g. <c>cash.receipt/v1</c>.</summary>
    string RuleId { get; }

    string DocumentType { get; }
}
