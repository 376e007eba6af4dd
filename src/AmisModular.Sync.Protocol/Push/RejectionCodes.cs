namespace AmisModular.Sync.Protocol.Push;

/// <summary>Why the server refused one mutation (ack rejected); permanent unless <see cref="AckError.Retryable"/>.</summary>
public static class RejectionCodes
{
    public const string UnknownDocumentType = "unknown-document-type";
    public const string UnlicensedModule = "unlicensed-module";
    public const string InvalidOperation = "invalid-operation";
    public const string PayloadHash = "payload-hash";
    public const string InvalidPayload = "invalid-payload";
    public const string WrongCompany = "wrong-company";
    public const string Unbalanced = "unbalanced";
    public const string PeriodLocked = "period-locked";

    /// <summary>The document is dated outside every fiscal year the book has open on the server.</summary>
    public const string PeriodNotOpen = "period-not-open";
    public const string Immutable = "immutable";
    public const string Voided = "voided";
    public const string NumberCollision = "number-collision";
    public const string MissingDocument = "missing-document";
    public const string DependencyParked = "dependency-parked";

    /// <summary>Client-side reason (never sent by the server): the row's module or book was removed from this device.</summary>
    public const string PartitionRemoved = "partition-removed";

    /// <summary>Client-side reason: a draft refused with <see cref="NumberCollision"/> was renumbered and queued again.</summary>
    public const string Renumbered = "renumbered";

    /// <summary>Client-side reason: a person settled the refused change on the review screen (kept the server's or their version, corrected or discarded it).</summary>
    public const string Settled = "settled";

    /// <summary>Deferred (not rejected): the module's schema is newer than the server accepts; the change stays queued.</summary>
    public const string ServerUpgradeRequired = "server-upgrade-required";

    /// <summary>
    /// Deferred (not rejected): the tenant's licence ended before the server received the change. It stays queued on the
    /// device and goes through once a renewed licence is imported; core catalogs and journal vouchers are not affected.
    /// </summary>
    public const string LicenceExpired = "licence-expired";
}
