using System.Text.Json;

namespace AmisModular.SyncHost.Notifications;

/// <summary>
/// The host's own record of which sync notices it already told the user about and which the user marked read,
/// in <c>sync-host-state.json</c> beside the store, so a restarted host does not notify the same notice again.
/// Notice ids are version-7 GUIDs: they order by creation, as the engine lists them.
/// </summary>
public sealed class NoticeLedger
{
    private readonly Lock _gate = new();
    private readonly string _file;
    private State _state;

    public NoticeLedger(string file)
    {
        _file = file;
        _state = Load(file);
    }

    /// <summary>The ledger beside <paramref name="storePath"/> (the SQLite store the host serves).</summary>
    public static NoticeLedger ForStore(string storePath) =>
        new(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(storePath))!, "sync-host-state.json"));

    public Guid? LastNotified
    {
        get
        {
            lock (_gate)
            {
                return _state.LastNotifiedNoticeId;
            }
        }
    }

    public Guid? LastRead
    {
        get
        {
            lock (_gate)
            {
                return _state.LastReadNoticeId;
            }
        }
    }

    public static bool IsAfter(Guid id, Guid? marker) => marker is not { } last || id.CompareTo(last) > 0;

    public void MarkNotified(Guid id) => Advance(id, (s, v) => s with { LastNotifiedNoticeId = v }, s => s.LastNotifiedNoticeId);

    public void MarkRead(Guid id) => Advance(id, (s, v) => s with { LastReadNoticeId = v }, s => s.LastReadNoticeId);

    private void Advance(Guid id, Func<State, Guid, State> set, Func<State, Guid?> get)
    {
        lock (_gate)
        {
            if (!IsAfter(id, get(_state)))
            {
                return;
            }

            var next = set(_state, id);
            // Written to a temp file and moved over, so a crash mid-write never leaves a torn file (which would re-notify everything).
            Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
            var temp = _file + ".tmp";
            File.WriteAllText(temp, JsonSerializer.Serialize(next));
            File.Move(temp, _file, overwrite: true);
            _state = next;
        }
    }

    private static State Load(string file)
    {
        try
        {
            return File.Exists(file) ? JsonSerializer.Deserialize<State>(File.ReadAllText(file)) ?? new State() : new State();
        }
        catch (JsonException)
        {
            // A damaged state file costs at most repeated notifications, never a host that cannot start.
            return new State();
        }
    }

    private sealed record State
    {
        public Guid? LastNotifiedNoticeId { get; init; }

        public Guid? LastReadNoticeId { get; init; }
    }
}
