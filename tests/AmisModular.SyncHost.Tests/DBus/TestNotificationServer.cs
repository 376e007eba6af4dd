using System.Collections.Concurrent;
using System.Threading.Channels;
using Tmds.DBus.Protocol;

namespace AmisModular.SyncHost.Tests.DBus;

/// <summary>A real org.freedesktop.Notifications service on the test bus that records Notify calls.</summary>
public sealed class TestNotificationServer : IPathMethodHandler, IAsyncDisposable
{
    private readonly DBusConnection _connection;
    private readonly Channel<RecordedNotification> _received = Channel.CreateUnbounded<RecordedNotification>();
    private uint _nextId = 41;

    private TestNotificationServer(DBusConnection connection) => _connection = connection;

    public ConcurrentQueue<RecordedNotification> All { get; } = new();

    public string Path => "/org/freedesktop/Notifications";

    public bool HandlesChildPaths => false;

    public static async Task<TestNotificationServer> StartAsync(string address)
    {
        var connection = new DBusConnection(address);
        await connection.ConnectAsync();
        var server = new TestNotificationServer(connection);
        connection.AddMethodHandler(server);
        await connection.RequestNameAsync("org.freedesktop.Notifications", RequestNameOptions.None);
        return server;
    }

    public async Task<RecordedNotification> NextAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        return await _received.Reader.ReadAsync(cts.Token);
    }

    /// <summary>True when nothing more arrives within <paramref name="wait"/>.</summary>
    public async Task<bool> StaysQuietAsync(TimeSpan wait)
    {
        await Task.Delay(wait);
        return !_received.Reader.TryPeek(out _);
    }

    public ValueTask HandleMethodAsync(MethodContext context)
    {
        if (context.Request.MemberAsString != "Notify")
        {
            context.ReplyUnknownMethodError();
            return default;
        }

        var reader = context.Request.GetBodyReader();
        var app = reader.ReadString();
        var replaces = reader.ReadUInt32();
        reader.ReadString();
        var summary = reader.ReadString();
        var body = reader.ReadString();
        reader.ReadArrayOfString();
        var hints = reader.ReadDictionaryOfStringToVariantValue();
        var timeout = reader.ReadInt32();
        var notification = new RecordedNotification(app, replaces, summary, body, hints["urgency"].GetByte(), timeout);
        All.Enqueue(notification);
        _received.Writer.TryWrite(notification);
        var writer = context.CreateReplyWriter("u");
        writer.WriteUInt32(replaces != 0 ? replaces : Interlocked.Increment(ref _nextId));
        context.Reply(writer.CreateMessage());
        writer.Dispose();
        return default;
    }

    public ValueTask DisposeAsync()
    {
        _connection.Dispose();
        return ValueTask.CompletedTask;
    }
}
