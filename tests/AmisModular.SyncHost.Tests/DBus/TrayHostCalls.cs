using Tmds.DBus.Protocol;

namespace AmisModular.SyncHost.Tests.DBus;

/// <summary>What a desktop tray host does with a registered item: read its Menu property, its layout, click an item.</summary>
public static class TrayHostCalls
{
    public static Task<string> GetStringPropertyAsync(DBusConnection connection, string service, string name) =>
        GetPropertyAsync(connection, service, name, v => v.Type == VariantValueType.ObjectPath ? v.GetObjectPathAsString() : v.GetString());

    public static async Task<IReadOnlyList<(int Id, string Label, bool Enabled)>> GetMenuAsync(DBusConnection connection, string service, string menuPath)
    {
        var writer = connection.GetMessageWriter();
        writer.WriteMethodCallHeader(destination: service, path: menuPath, @interface: "com.canonical.dbusmenu", member: "GetLayout", signature: "iias");
        writer.WriteInt32(0);
        writer.WriteInt32(-1);
        writer.WriteArray(Array.Empty<string>());
        var message = writer.CreateMessage();
        writer.Dispose();
        return await connection.CallMethodAsync(message, (Message m, object? _) =>
        {
            var reader = m.GetBodyReader();
            reader.ReadUInt32();
            reader.AlignStruct();
            reader.ReadInt32();
            reader.ReadDictionaryOfStringToVariantValue();
            var items = new List<(int, string, bool)>();
            foreach (var child in reader.ReadArrayOfVariantValue())
            {
                var item = child.GetItem(0).GetInt32();
                var props = child.GetItem(1).GetDictionary<string, VariantValue>();
                if (props.TryGetValue("label", out var label))
                {
                    items.Add((item, label.GetString(), props["enabled"].GetBool()));
                }
            }

            return (IReadOnlyList<(int, string, bool)>)items;
        }, null);
    }

    public static Task ClickAsync(DBusConnection connection, string service, string menuPath, int id)
    {
        var writer = connection.GetMessageWriter();
        writer.WriteMethodCallHeader(destination: service, path: menuPath, @interface: "com.canonical.dbusmenu", member: "Event", signature: "isvu");
        writer.WriteInt32(id);
        writer.WriteString("clicked");
        writer.WriteVariantInt32(0);
        writer.WriteUInt32(0);
        var message = writer.CreateMessage();
        writer.Dispose();
        return connection.CallMethodAsync(message);
    }

    private static Task<T> GetPropertyAsync<T>(DBusConnection connection, string service, string name, Func<VariantValue, T> read)
    {
        var writer = connection.GetMessageWriter();
        writer.WriteMethodCallHeader(destination: service, path: "/StatusNotifierItem", @interface: "org.freedesktop.DBus.Properties", member: "Get", signature: "ss");
        writer.WriteString("org.kde.StatusNotifierItem");
        writer.WriteString(name);
        var message = writer.CreateMessage();
        writer.Dispose();
        return connection.CallMethodAsync(message, (Message m, object? _) => read(m.GetBodyReader().ReadVariantValue()), null);
    }
}
