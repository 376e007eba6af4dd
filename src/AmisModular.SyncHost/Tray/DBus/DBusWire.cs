using Tmds.DBus.Protocol;

namespace AmisModular.SyncHost.Tray.DBus;

/// <summary>Small writers for the D-Bus shapes our two objects answer with.</summary>
internal static class DBusWire
{
    public const string PropertiesInterface = "org.freedesktop.DBus.Properties";

    /// <summary>An a{sv} dictionary of string and bool properties (the dbusmenu item properties).</summary>
    public static void WriteItemProperties(ref MessageWriter writer, TrayMenuItemView item)
    {
        var dict = writer.WriteDictionaryStart();
        foreach (var (name, value) in item.Properties)
        {
            writer.WriteDictionaryEntryStart();
            writer.WriteString(name);
            if (value is bool b)
            {
                writer.WriteVariantBool(b);
            }
            else
            {
                writer.WriteVariantString((string)value);
            }
        }

        writer.WriteDictionaryEnd(dict);
    }

    /// <summary>An empty a(iiay): icon pixmaps, which we never send (themed icon names are used instead).</summary>
    public static void WriteNoPixmaps(ref MessageWriter writer)
    {
        var pixmaps = writer.WriteArrayStart(DBusType.Struct);
        writer.WriteArrayEnd(pixmaps);
    }

    public static void ReplyEmpty(MethodContext context)
    {
        if (context.NoReplyExpected)
        {
            return;
        }

        var writer = context.CreateReplyWriter(null!);
        context.Reply(writer.CreateMessage());
        writer.Dispose();
    }

    public static void EmitSignal(DBusConnection connection, string path, string @interface, string member, string? stringArgument = null)
    {
        var writer = connection.GetMessageWriter();
        writer.WriteSignalHeader(path: path, @interface: @interface, member: member, signature: stringArgument is null ? null! : "s");
        if (stringArgument is not null)
        {
            writer.WriteString(stringArgument);
        }

        connection.TrySendMessage(writer.CreateMessage());
        writer.Dispose();
    }
}
