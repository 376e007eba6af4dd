namespace AmisModular.Sync.State;

/// <summary>
/// This installation's enrollment: device id and epoch, the bearer token, and the partition the server bound it to.
/// The token is kept in the local store; protecting it at rest (DPAPI on Windows) belongs to the sync host.
/// </summary>
public sealed class SyncCredential
{
    public Guid DeviceId { get; set; }

    public int Epoch { get; set; }

    public string Token { get; set; } = "";

    public string TenantTaxCode { get; set; } = "";

    public Guid CompanyId { get; set; }

    public Guid BookId { get; set; }

    public string? Branch { get; set; }

    public string Series { get; set; } = "";

    public string ServerEpoch { get; set; } = "";

    public DateTimeOffset EnrolledAt { get; set; }
}
