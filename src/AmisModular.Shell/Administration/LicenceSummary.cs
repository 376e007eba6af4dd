namespace AmisModular.Shell.Administration;

/// <summary>What the licence page shows about the installed licence file.</summary>
/// <param name="Verified">Whether a licence service checked the signature; the in-shell store cannot.</param>
/// <param name="Details">Lines for people (holder, features, expiry...) as the licence service reads them.</param>
public sealed record LicenceSummary(
    string FileName,
    long Size,
    string Sha256,
    DateTimeOffset InstalledAt,
    bool Verified,
    IReadOnlyList<string> Details);
