namespace AmisModular.SyncHost.Tests.DBus;

[CollectionDefinition(Name)]
public sealed class DBusBus : ICollectionFixture<DBusDaemonFixture>
{
    public const string Name = "dbus-daemon";
}
