namespace AmisModular.Modularity.Licensing;

/// <summary>What the host concluded about its licence file, with a reason in Vietnamese and English.</summary>
/// <param name="Licence">The licence content when it was read from a correctly signed file (also when expired or for another tenant).</param>
public sealed record LicenceVerification(LicenceStatus Status, string Reason, Licence? Licence = null, string? KeyId = null)
{
    public bool IsValid => Status == LicenceStatus.Valid;
}
