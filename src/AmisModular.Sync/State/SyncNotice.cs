namespace AmisModular.Sync.State;

/// <summary>
/// Something sync did on its own that the user must be told (the shell and the tray list them): a draft renumbered
/// after a number collision, a partition (a module of the book, or the whole book) removed by the server, pulled
/// changes held because this store cannot apply them yet; and who settled a conflict or a parked change on the review
/// screen, and how.
/// </summary>
public sealed class SyncNotice
{
    public const string Renumbered = "renumbered";
    public const string PartitionRemoved = "partition-removed";

    /// <summary>The cloud withholds a module's changes until this installation's module is updated.</summary>
    public const string UpgradeRequired = "upgrade-required";

    /// <summary>
    /// Pulled changes this store refused wait here (held whole, tried again at every sync): how many and why. One per
    /// book, replaced when that changes, removed once nothing waits.
    /// </summary>
    public const string ChangesHeld = "changes-held";

    /// <summary>A person settled a conflict or a parked change (the audit: who, what, when).</summary>
    public const string Settled = "settled";

    /// <summary>The <see cref="Module"/> of a whole-book removal (and of the book's held-changes notice).</summary>
    public const string WholeBook = "*";

    public Guid Id { get; set; }

    public Guid BookId { get; set; }

    /// <summary><see cref="Renumbered"/>, <see cref="PartitionRemoved"/>, <see cref="UpgradeRequired"/>, <see cref="ChangesHeld"/> or <see cref="Settled"/>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>The module concerned, or <see cref="WholeBook"/>.</summary>
    public string Module { get; set; } = "";

    public Guid? DocumentId { get; set; }

    public string? OldNumber { get; set; }

    public string? NewNumber { get; set; }

    /// <summary>Vietnamese, then English.</summary>
    public string Message { get; set; } = "";

    /// <summary>For a removal: the serverSeq of its feed item (0 for the whole book), so a replayed page records it once.</summary>
    public long ServerSeq { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
