using AmisModular.Sync.Protocol;
using AmisModular.Sync.Protocol.Errors;

namespace AmisModular.Cloud.Hosting;

/// <summary>Protocol answers with the wire JSON settings.</summary>
public static class SyncResults
{
    public static IResult Ok<T>(T body) => Results.Json(body, ProtocolJson.Options);

    public static IResult Error(int status, string code, string message, long? expected = null, int? required = null, long? seq = null, string? partition = null) =>
        Results.Json(new SyncErrorBody(code, message, expected, required, seq, partition), ProtocolJson.Options, statusCode: status);
}
