using Tmds.DBus.Protocol;

namespace AmisModular.SyncHost.Tests.DBus;

/// <summary>A real org.kde.StatusNotifierWatcher on the test bus that records RegisterStatusNotifierItem.</summary>
public sealed class TestStatusNotifierWatcher : IPathMethodHandler, IAsyncDisposable
{
    private readonly TaskCompletionSource<(string Service, string Sender)> _registered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private TestStatusNotifierWatcher(DBusConnection connection) => Connection = connection;

    /// <summary>The watcher's own connection, also used by the tests as "the tray host" calling the item.</summary>
    public DBusConnection Connection { get; }

    public string Path => "/StatusNotifierWatcher";

    public bool HandlesChildPaths => false;

    public Task<(string Service, string Sender)> Registered => _registered.Task;

    public static async Task<TestStatusNotifierWatcher> StartAsync(string address)
    {
        var connection = new DBusConnection(address);
        await connection.ConnectAsync();
        var watcher = new TestStatusNotifierWatcher(connection);
        connection.AddMethodHandler(watcher);
        await connection.RequestNameAsync("org.kde.StatusNotifierWatcher", RequestNameOptions.None);
        return watcher;
    }

    public ValueTask HandleMethodAsync(MethodContext context)
    {
        if (context.Request.MemberAsString != "RegisterStatusNotifierItem")
        {
            context.ReplyUnknownMethodError();
            return default;
        }

        var service = context.Request.GetBodyReader().ReadString();
        _registered.TrySetResult((service, context.Request.SenderAsString!));
        var writer = context.CreateReplyWriter(null!);
        context.Reply(writer.CreateMessage());
        writer.Dispose();
        return default;
    }

    public ValueTask DisposeAsync()
    {
        Connection.Dispose();
        return ValueTask.CompletedTask;
    }
}
