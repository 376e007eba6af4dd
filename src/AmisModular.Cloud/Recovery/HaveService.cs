using AmisModular.Cloud.Auth;
using AmisModular.Cloud.Data;
using AmisModular.Cloud.Hosting;
using AmisModular.Sync.Protocol.Errors;
using AmisModular.Sync.Protocol.Recovery;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Cloud.Recovery;

/// <summary>
/// POST /sync/v1/have: compares the client's document versions with the server's copies in the caller's book. The
/// lookup is bounded to that book, so an id of another tenant's document is simply "missing": the answer never tells
/// whether such a document exists elsewhere.
/// </summary>
public sealed class HaveService(CloudDbFactory databases)
{
    public async Task<IResult> CompareAsync(DeviceCaller caller, HaveRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (request?.Documents is null)
        {
            return SyncResults.Error(400, SyncErrorCodes.BadRequest, "Thiếu danh sách chứng từ (documents). / The 'documents' map is required.");
        }

        if (request.Documents.Count > HaveLimits.MaxDocuments)
        {
            return SyncResults.Error(413, SyncErrorCodes.BatchTooLarge,
                $"Tối đa {HaveLimits.MaxDocuments} chứng từ mỗi lần hỏi. / At most {HaveLimits.MaxDocuments} documents per /have request.");
        }

        var ids = request.Documents.Keys.ToList();
        await using var db = databases.Create();
        var server = await db.Documents.AsNoTracking()
            .Where(d => d.BookId == caller.Book.Id && ids.Contains(d.DocumentId))
            .Select(d => new { d.DocumentId, d.Version })
            .ToDictionaryAsync(d => d.DocumentId, d => d.Version, cancellationToken);
        var missing = new List<Guid>();
        var newer = new List<Guid>();
        var older = new Dictionary<Guid, long>();
        foreach (var (id, version) in request.Documents)
        {
            if (!server.TryGetValue(id, out var serverVersion))
            {
                missing.Add(id);
            }
            else if (serverVersion > version)
            {
                newer.Add(id);
            }
            else if (serverVersion < version)
            {
                older[id] = serverVersion;
            }
        }

        return SyncResults.Ok(new HaveResponse(missing, newer, older));
    }
}
