using System.Runtime.ExceptionServices;
using AmisModular.Cloud.Data;
using AmisModular.Cloud.Push;
using AmisModular.Sync.Protocol.Push;
using static AmisModular.Cloud.Tests.Push.PushMutations;

namespace AmisModular.Cloud.Tests.Push;

/// <summary>
/// The in-memory state of one push request: each mutation sees what the earlier ones of the same request changed
/// (numbers freed and taken, references created or voided, versions), and the writes collect once per row.
/// </summary>
public sealed class PushBatchTests
{
    private const string Upsert = MutationOperations.Upsert;
    private static readonly Tenant Tenant = new() { Id = PushTwin.TenantId, CompanyId = PushTwin.CompanyId, TaxCode = "0100000099" };
    private readonly CloudBook book = new() { Id = PushTwin.BookId, LastServerSeq = 10 };
    private readonly Device device = new() { Id = PushTwin.DeviceId, BookId = PushTwin.BookId, Epoch = 1 };

    [Fact]
    public void Apply_NumberFreedByVoidEarlierInBatch_TakenAgain()
    {
        var holder = Document(Guid.CreateVersion7(), "N1");
        var batch = Batch(holder);
        var taken = batch.Apply(Checked(Journal(1, Guid.CreateVersion7(), 0, Upsert, "N1")));

        var voided = batch.Apply(Checked(Journal(2, holder.DocumentId, 1, MutationOperations.Void, "N1")));
        var retaken = batch.Apply(Checked(Journal(3, Guid.CreateVersion7(), 0, Upsert, "N1")));

        Assert.Equal(RejectionCodes.NumberCollision, taken.Error?.Code);
        Assert.Equal((AckStatus.Accepted, 11L), (voided.Status, voided.ServerSeq!.Value));
        Assert.Equal((AckStatus.Accepted, 12L, "N1"), (retaken.Status, retaken.ServerSeq!.Value, retaken.FinalNumber));
        Assert.Equal(12, book.LastServerSeq);
    }

    [Fact]
    public void Apply_NumberChangedEarlierInBatch_OldNumberFreeNewTaken()
    {
        var id = Guid.CreateVersion7();
        var batch = Batch();
        batch.Apply(Checked(Journal(1, id, 0, Upsert, "N1")));
        batch.Apply(Checked(Journal(2, id, 1, Upsert, "N2")));

        var old = batch.Apply(Checked(Journal(3, Guid.CreateVersion7(), 0, Upsert, "N1")));
        var current = batch.Apply(Checked(Journal(4, Guid.CreateVersion7(), 0, Upsert, "N2")));

        Assert.Equal(AckStatus.Accepted, old.Status);
        Assert.Equal(RejectionCodes.NumberCollision, current.Error?.Code);
    }

    [Fact]
    public void Apply_ReferenceCreatedThenVoidedInBatch_AcceptedThenMissing()
    {
        var partner = Guid.CreateVersion7();
        var batch = Batch();
        var before = batch.Apply(Checked(Cash(1, Guid.CreateVersion7(), 0, Upsert, "PT1", partner)));
        batch.Apply(Checked(Partner(2, partner)));
        var created = batch.Apply(Checked(Cash(3, Guid.CreateVersion7(), 0, Upsert, "PT2", partner)));
        batch.Apply(Checked(Partner(4, partner, 1, MutationOperations.Void)));

        var voided = batch.Apply(Checked(Cash(5, Guid.CreateVersion7(), 0, Upsert, "PT3", partner)));

        Assert.Equal([RejectionCodes.MissingDocument, null, RejectionCodes.MissingDocument], new[] { before, created, voided }.Select(a => a.Error?.Code));
    }

    [Fact]
    public void Apply_ReferenceOnServerOutsideBatch_Accepted()
    {
        var partner = Guid.CreateVersion7();
        var batch = Batch(references: [partner]);

        var ack = batch.Apply(Checked(Cash(1, Guid.CreateVersion7(), 0, Upsert, "PT1", partner)));

        Assert.Equal(AckStatus.Accepted, ack.Status);
    }

    [Fact]
    public void Apply_NewDocumentWrittenThrice_CreatedOnceThreeChangesJournalOfTheLastWrite()
    {
        var id = Guid.CreateVersion7();
        var batch = Batch();
        batch.Apply(Checked(Journal(1, id, 0, Upsert, "N1")));
        batch.Apply(Checked(Journal(2, id, 1, MutationOperations.Post, "N1")));
        var posted = batch.Journals[id].Count;

        var unposted = batch.Apply(Checked(Journal(3, id, 2, MutationOperations.Unpost, "N1")));

        Assert.Equal(3, unposted.Version);
        Assert.Equal(id, Assert.Single(batch.Created).DocumentId);
        Assert.Equal([11L, 12L, 13L], batch.Changes.Select(c => c.ServerSeq));
        Assert.Equal(4, posted);
        Assert.Empty(batch.Journals[id]);
    }

    [Fact]
    public void Apply_EditOfDocumentOnServer_ChangedInPlaceNotCreated()
    {
        var existing = Document(Guid.CreateVersion7(), "N1");
        var batch = Batch(existing);

        var ack = batch.Apply(Checked(Journal(1, existing.DocumentId, 1, MutationOperations.Post, "N1")));

        Assert.Equal((AckStatus.Accepted, 2L), (ack.Status, ack.Version!.Value));
        Assert.Empty(batch.Created);
        Assert.Equal((2L, true, 11L), (existing.Version, existing.Posted, existing.LastServerSeq));
        Assert.Contains(existing.DocumentId, batch.Existing);
        Assert.Equal(4, batch.Journals[existing.DocumentId].Count);
    }

    [Fact]
    public void Apply_SameChangeAgainInBatch_DuplicateWithoutWrite()
    {
        var id = Guid.CreateVersion7();
        var batch = Batch();
        batch.Apply(Checked(Journal(1, id, 0, Upsert, "N1")));

        var again = batch.Apply(Checked(Journal(2, id, 0, Upsert, "N1")));

        Assert.Equal((AckStatus.Duplicate, 11L), (again.Status, again.ServerSeq!.Value));
        Assert.Single(batch.Changes);
    }

    [Fact]
    public void Apply_RuleThrewWhileChecking_ThrowsWhenReached()
    {
        var batch = Batch();
        var failed = new CheckedMutation(Journal(1, Guid.CreateVersion7(), 0, Upsert, "N1"), null, new DocumentFacts(null, null, null), null,
            ExceptionDispatchInfo.Capture(new InvalidOperationException("rule failed")));

        Assert.Throws<InvalidOperationException>(() => batch.Apply(failed));
    }

    [Fact]
    public void Store_AckOfThisRequest_FoundByItsSeqAndWrittenOnce()
    {
        var batch = Batch();
        var m = Journal(7, Guid.CreateVersion7(), 0, Upsert, "N1");

        batch.Store(m, batch.Apply(Checked(m)));

        Assert.Same(Assert.Single(batch.NewAcks), batch.StoredAck(7));
        Assert.Null(batch.StoredAck(6));
    }

    private static CheckedMutation Checked(Mutation m)
    {
        IDocumentRule rule = m.DocumentType switch
        {
            "cash.receipt" => new CashVoucherRule(CashVoucherRule.Receipt),
            "core.partner" => new CatalogRule("core.partner"),
            _ => new GeneralJournalRule(),
        };
        return new CheckedMutation(m, null, rule.Inspect(m, Tenant), null);
    }

    private PushBatch Batch(CloudDocument? existing = null, IEnumerable<Guid>? references = null)
    {
        var documents = new Dictionary<Guid, CloudDocument?>();
        var numbers = new NumberIndex(StringComparer.Ordinal);
        if (existing is not null)
        {
            documents[existing.DocumentId] = existing;
            numbers.Add(existing);
        }

        return new PushBatch(device, book, new PushBatchSnapshot(documents, [.. references ?? []], numbers, []), new FixedClock());
    }

    private static CloudDocument Document(Guid id, string number) => new()
    {
        BookId = PushTwin.BookId, DocumentId = id, Module = "core", DocumentType = "core.general-journal", SchemaVersion = 1, Version = 1,
        Operation = MutationOperations.Upsert, Number = number, Payload = "{}", LastServerSeq = 5,
    };
}
