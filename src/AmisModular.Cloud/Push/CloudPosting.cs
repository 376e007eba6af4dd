using AmisModular.Ledger.Companies;

namespace AmisModular.Cloud.Push;

/// <summary>One journal line a document rule derives; written only while the document is posted.</summary>
public sealed record CloudPosting(Book Ledger, string AccountCode, string? CorrespondingAccountCode, decimal Debit, decimal Credit, Guid? PartnerId);
