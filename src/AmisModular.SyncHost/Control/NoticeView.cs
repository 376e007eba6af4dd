namespace AmisModular.SyncHost.Control;

/// <summary>One thing sync did on its own that the user must see (a renumbered draft, a removed module or book).</summary>
/// <param name="Kind">"renumbered" or "partition-removed".</param>
/// <param name="Module">The module concerned, or "*" for the whole book.</param>
/// <param name="Message">Vietnamese, then English.</param>
public sealed record NoticeView(Guid Id, string Kind, string Module, string Message, DateTimeOffset CreatedAt)
{
    /// <summary>The whole book's access was removed (not only one module).</summary>
    public bool IsBookRemoval => Kind == "partition-removed" && Module == "*";
}
