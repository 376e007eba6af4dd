namespace AmisModular.Sync.Protocol.Errors;

/// <summary>Request-level failures (a whole push or pull), each with its HTTP status.</summary>
public static class SyncErrorCodes
{
    /// <summary>401: no or unknown credential.</summary>
    public const string Unauthorized = "unauthorized";

    /// <summary>401: the access token has expired; fetch a new one with the device credential and resend.</summary>
    public const string TokenExpired = "token-expired";

    /// <summary>403: the device was revoked.</summary>
    public const string DeviceRevoked = "device-revoked";

    /// <summary>403: the body names a device, tenant or book the credential does not grant.</summary>
    public const string PartitionMismatch = "partition-mismatch";

    /// <summary>422: the device epoch in the body is not the device's current epoch.</summary>
    public const string EpochMismatch = "epoch-mismatch";

    /// <summary>422: an already processed (device, epoch, seq) arrived with a different payload hash.</summary>
    public const string KeyReuse = "key-reuse";

    /// <summary>409: a seq beyond lastSeq+1; resend from <see cref="SyncErrorBody.Expected"/>.</summary>
    public const string Gap = "gap";

    /// <summary>410: the cursor is older than the retention floor; push, then re-snapshot.</summary>
    public const string CursorExpired = "cursor-expired";

    /// <summary>
    /// 410 on /changes and /push: the device lost access to its whole book (<see cref="SyncErrorBody.Partition"/> = the
    /// book id). Only a module of the book (a licence dropped it) comes instead as a change-feed item with operation
    /// <c>partitionRemoved</c>, so the other modules keep syncing. The client stops for that book and keeps its queue.
    /// </summary>
    public const string PartitionRemoved = "partition-removed";

    /// <summary>426: a module schema older than the server's minimum.</summary>
    public const string UpgradeRequired = "upgrade-required";

    /// <summary>413 / 400: too many mutations or bytes, or a malformed request.</summary>
    public const string BatchTooLarge = "batch-too-large";

    public const string BadRequest = "bad-request";

    /// <summary>400 at enrollment: unknown, used or expired code.</summary>
    public const string InvalidEnrollmentCode = "invalid-enrollment-code";

    /// <summary>409 at enrollment: the device id is already registered.</summary>
    public const string DeviceExists = "device-exists";

    /// <summary>409 at DELETE devices/self: the device has already synced; only an administrator can revoke it.</summary>
    public const string DeviceInUse = "device-in-use";
}
