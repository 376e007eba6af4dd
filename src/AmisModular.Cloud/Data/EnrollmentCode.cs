namespace AmisModular.Cloud.Data;

/// <summary>A one-time code an administrator gives to a new installation; stored hashed, usable once, expires.</summary>
public sealed class EnrollmentCode
{
    public string CodeHash { get; set; } = "";

    public Guid TenantId { get; set; }

    public Guid BookId { get; set; }

    public string? Branch { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? UsedAt { get; set; }

    public Guid? UsedByDeviceId { get; set; }
}
