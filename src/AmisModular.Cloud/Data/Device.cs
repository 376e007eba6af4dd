namespace AmisModular.Cloud.Data;

/// <summary>An enrolled installation. Only the SHA-256 of its secret is stored.</summary>
public sealed class Device
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid BookId { get; set; }

    public string? Branch { get; set; }

    public string Series { get; set; } = "";

    public string Name { get; set; } = "";

    public string SecretHash { get; set; } = "";

    public int Epoch { get; set; }

    /// <summary>The last outbox seq processed for (device, epoch); the next must be LastSeq + 1.</summary>
    public long LastSeq { get; set; }

    public bool Revoked { get; set; }

    /// <summary>
    /// The administrator removed this device's access to its book without revoking the device: /changes and /push
    /// answer 410 partition-removed, the device keeps its credential (and its local queue). To work in another book
    /// the installation enrolls again with a code for that book (a local store is bound to one book).
    /// </summary>
    public bool BookAccessRevoked { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastSeenAt { get; set; }
}
