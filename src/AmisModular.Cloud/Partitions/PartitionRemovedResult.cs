using AmisModular.Cloud.Hosting;
using AmisModular.Sync.Protocol.Errors;

namespace AmisModular.Cloud.Partitions;

/// <summary>
/// Scenario 15, whole book: 410 {code: partition-removed, partition: bookId} on /changes and /push of a device whose
/// book access was removed. Only an authenticated caller of that very book ever gets it (the partition comes from the
/// device row, never from the request), and the client checks the partition names its own book before acting.
/// </summary>
public static class PartitionRemovedResult
{
    public static IResult For(Guid bookId) => SyncResults.Error(StatusCodes.Status410Gone, SyncErrorCodes.PartitionRemoved,
        "Thiết bị không còn quyền truy cập sổ này; dữ liệu chưa đồng bộ vẫn được giữ trên máy. Liên hệ quản trị. / "
        + "This device no longer has access to this book; unsynced data stays on the device. Contact your administrator.",
        partition: bookId.ToString());
}
