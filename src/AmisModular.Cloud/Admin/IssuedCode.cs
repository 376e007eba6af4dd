namespace AmisModular.Cloud.Admin;

/// <summary>The code is shown once; the server keeps only its hash.</summary>
public sealed record IssuedCode(string Code, string TaxCode, Guid BookId, DateTimeOffset ExpiresAt);
