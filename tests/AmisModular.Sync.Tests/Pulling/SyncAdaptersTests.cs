using AmisModular.Modularity.Abstractions.Sync;
using AmisModular.Sync.Engine;

namespace AmisModular.Sync.Tests.Pulling;

/// <summary>A pulled page goes to the adapters in runs of one module, in order, one result per document.</summary>
public sealed class SyncAdaptersTests
{
    /// <summary>Records every call; answers Applied, or Rejected for a document whose payload says "bad". Keeps the default ApplyManyAsync.</summary>
    private class RecordingAdapter(string moduleId, List<string> calls) : ISyncAdapter
    {
        public string ModuleId => moduleId;

        public int SchemaVersion => 1;

        public IReadOnlyCollection<string> DocumentTypes => [moduleId + ".doc"];

        protected List<string> Calls => calls;

        public Task<SyncDocument?> ExportAsync(Guid documentId, CancellationToken cancellationToken) => Task.FromResult<SyncDocument?>(null);

        public Task<SyncApplyResult> ApplyAsync(SyncDocument document, CancellationToken cancellationToken)
        {
            calls.Add($"{moduleId}:one:{document.Version}");
            return Task.FromResult(Result(document));
        }

        public IAsyncEnumerable<SyncDocumentVersion> ListAsync(CancellationToken cancellationToken) => AsyncEnumerable.Empty<SyncDocumentVersion>();

        protected static SyncApplyResult Result(SyncDocument document) =>
            document.PayloadJson == "bad" ? SyncApplyResult.Rejected("bad " + document.Version) : SyncApplyResult.Applied;
    }

    /// <summary>An adapter with its own set-based ApplyManyAsync.</summary>
    private sealed class BatchingAdapter(string moduleId, List<string> calls) : RecordingAdapter(moduleId, calls), ISyncAdapter
    {
        public Task<IReadOnlyList<SyncApplyResult>> ApplyManyAsync(IReadOnlyList<SyncDocument> documents, CancellationToken cancellationToken)
        {
            Calls.Add($"{ModuleId}:many:{string.Join(",", documents.Select(d => d.Version))}");
            return Task.FromResult<IReadOnlyList<SyncApplyResult>>([.. documents.Select(Result)]);
        }
    }

    [Fact]
    public async Task ApplyPulledMany_RunsOfOneModule_InOrder_OneResultPerDocument()
    {
        var calls = new List<string>();
        var adapters = new SyncAdapters([new BatchingAdapter("cash", calls), new RecordingAdapter("core", calls)]);
        var page = new[] { Doc("cash", 1), Doc("cash", 2, "bad"), Doc("core", 3), Doc("stock", 4), Doc("cash", 5), Doc("cash", 6) };

        var results = await adapters.ApplyPulledManyAsync(page, CancellationToken.None);

        Assert.Equal(["cash:many:1,2", "core:one:3", "cash:many:5,6"], calls);
        Assert.Equal(
            [SyncApplyOutcome.Applied, SyncApplyOutcome.Rejected, SyncApplyOutcome.Applied, SyncApplyOutcome.Rejected, SyncApplyOutcome.Applied, SyncApplyOutcome.Applied],
            results.Select(r => r.Outcome));
        Assert.Equal("bad 2", results[1].Reason);
        Assert.Contains("stock", results[3].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplyMany_DefaultInterfaceMethod_AppliesOneByOneInOrder()
    {
        var calls = new List<string>();
        ISyncAdapter adapter = new RecordingAdapter("core", calls);

        var results = await adapter.ApplyManyAsync([Doc("core", 1), Doc("core", 2, "bad"), Doc("core", 3)], CancellationToken.None);

        Assert.Equal(["core:one:1", "core:one:2", "core:one:3"], calls);
        Assert.Equal([SyncApplyOutcome.Applied, SyncApplyOutcome.Rejected, SyncApplyOutcome.Applied], results.Select(r => r.Outcome));
    }

    private static SyncDocument Doc(string module, long version, string payload = "{}") =>
        new(module, module + ".doc", 1, Guid.NewGuid(), version, SyncOperation.Upsert, payload);
}
