namespace AmisModular.Sync.Tests.Infrastructure;

public enum ChaosFault
{
    None,

    /// <summary>The request never reaches the server.</summary>
    DropRequest,

    /// <summary>The server processes (and commits) the request; the answer is lost.</summary>
    DropResponse,

    /// <summary>The request waits a little before it leaves.</summary>
    Delay,

    /// <summary>The same request is delivered twice at once (a proxy or retry race); one answer comes back.</summary>
    Duplicate,

    /// <summary>
    /// The request is held back and the client sees it lost; it reaches the server later, after the client's next
    /// request was answered (a stale request overtaken by newer ones).
    /// </summary>
    Reorder,
}
