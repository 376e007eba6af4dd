namespace AmisModular.Sync.State;

/// <summary>A pulled change this store could not apply (module missing, local rule): recorded, and the feed moves on.</summary>
public sealed class InboundRejection
{
    public Guid BookId { get; set; }

    public long ServerSeq { get; set; }

    public Guid DocumentId { get; set; }

    public string Reason { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
