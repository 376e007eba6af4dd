using AmisModular.Storage.UnitOfWork;
using AmisModular.Sync.Http;
using AmisModular.Sync.Protocol.Errors;
using AmisModular.Sync.State;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Sync.Engine;

/// <summary>
/// Scenario 15, whole book: the server answered 410 partition-removed to this device's own authenticated request. The
/// signal is taken only when it names this device's book (an answer naming another partition, or none, stays an
/// ordinary protocol error), and even then nothing is purged: the queue and the documents stay intact (they may be the
/// only copy), sync stops with a notice, and the next run asks the server again (access may be given back).
/// </summary>
internal sealed class BookRemoval(IStore store, TimeProvider clock)
{
    public static bool Names(SyncApiException exception, SyncCredential credential) =>
        exception.Status == 410 && exception.Code == SyncErrorCodes.PartitionRemoved
        && Guid.TryParse(exception.Body?.Partition, out var book) && book == credential.BookId;

    public async Task<PartitionRemovedException> RecordAsync(SyncCredential credential, SyncApiException exception, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginAsync(cancellationToken);
        var state = unit.Context<SyncStateDbContext>();
        var message = exception.Body?.Message ?? exception.Message;
        if (!await state.Notices.AnyAsync(n => n.BookId == credential.BookId && n.Kind == SyncNotice.PartitionRemoved && n.Module == SyncNotice.WholeBook, cancellationToken))
        {
            state.Notices.Add(new SyncNotice
            {
                Id = Guid.CreateVersion7(), BookId = credential.BookId, Kind = SyncNotice.PartitionRemoved, Module = SyncNotice.WholeBook,
                Message = message, CreatedAt = clock.GetUtcNow(),
            });
            await unit.CommitAsync(cancellationToken);
        }

        return new PartitionRemovedException(credential.BookId, message);
    }
}
