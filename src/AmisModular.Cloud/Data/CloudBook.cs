namespace AmisModular.Cloud.Data;

/// <summary>
/// A sync partition of a tenant. Its row is also the serverSeq counter: a push updates <see cref="LastServerSeq"/>
/// inside its transaction, which holds the row lock until commit (see PushProcessor for why that orders commits).
/// </summary>
public sealed class CloudBook
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public string Code { get; set; } = "";

    public long LastServerSeq { get; set; }

    /// <summary>Documents dated on or before this day are in a locked period (khóa sổ) and refused.</summary>
    public DateOnly? LockedThrough { get; set; }

    /// <summary>Changes at or below this serverSeq may have been purged; an older cursor must re-snapshot.</summary>
    public long RetentionFloor { get; set; }
}
