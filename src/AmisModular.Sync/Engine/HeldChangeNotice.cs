using AmisModular.Sync.State;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Sync.Engine;

/// <summary>
/// After a pull run, one notice per book says how many pulled documents wait and why (the most frequent reasons): the
/// user can act (install or upgrade a module, check a number clash) instead of wondering why another desktop's
/// vouchers are missing. It is replaced when the count or the reasons change and removed once nothing waits.
/// </summary>
internal static class HeldChangeNotice
{
    private const int ReasonsShown = 3;

    public static async Task RefreshAsync(SyncStateDbContext state, Guid bookId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var reasons = await state.InboundRejections.AsNoTracking().Where(r => r.BookId == bookId && r.Module != "")
            .GroupBy(r => r.Reason).Select(g => new { Reason = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var held = reasons.Sum(r => r.Count);
        var current = await state.Notices.Where(n => n.BookId == bookId && n.Kind == SyncNotice.ChangesHeld).ToListAsync(cancellationToken);
        var message = held == 0 ? null : Message(held, [.. reasons.OrderByDescending(r => r.Count).ThenBy(r => r.Reason, StringComparer.Ordinal).Take(ReasonsShown).Select(r => r.Reason)]);
        if (current.Count == 1 && current[0].Message == message)
        {
            return;
        }

        state.Notices.RemoveRange(current);
        if (message is not null)
        {
            state.Notices.Add(new SyncNotice
            {
                Id = Guid.CreateVersion7(), BookId = bookId, Kind = SyncNotice.ChangesHeld, Module = SyncNotice.WholeBook, Message = message, CreatedAt = now,
            });
        }
    }

    private static string Message(int held, List<string> reasons)
    {
        var why = string.Join(" | ", reasons);
        var text = $"{held} chứng từ tải về chưa áp dụng được trên máy này và được giữ lại; chúng sẽ được thử lại ở mỗi lần đồng bộ. / "
            + $"{held} pulled documents could not be applied on this store and are held; they are tried again at every sync. Lý do / Reasons: {why}";
        return text[..Math.Min(text.Length, 1000)];
    }
}
