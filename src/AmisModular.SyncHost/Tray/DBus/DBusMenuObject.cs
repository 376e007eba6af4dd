using System.Text;
using Tmds.DBus.Protocol;

namespace AmisModular.SyncHost.Tray.DBus;

/// <summary>
/// The tray menu as a com.canonical.dbusmenu object: a root (id 0) whose children are the menu items. The tray
/// host renders it and calls <c>Event(id, "clicked", ...)</c> when the user picks an item.
/// </summary>
internal sealed class DBusMenuObject(Action<TrayCommand> invoked) : IPathMethodHandler
{
    public const string ObjectPath = "/MenuBar";
    public const string Interface = "com.canonical.dbusmenu";

    private static readonly ReadOnlyMemory<byte> IntrospectionXml = Encoding.UTF8.GetBytes("""
        <interface name="com.canonical.dbusmenu">
          <method name="GetLayout"><arg type="i" direction="in"/><arg type="i" direction="in"/><arg type="as" direction="in"/><arg type="u" direction="out"/><arg type="(ia{sv}av)" direction="out"/></method>
          <method name="GetGroupProperties"><arg type="ai" direction="in"/><arg type="as" direction="in"/><arg type="a(ia{sv})" direction="out"/></method>
          <method name="GetProperty"><arg type="i" direction="in"/><arg type="s" direction="in"/><arg type="v" direction="out"/></method>
          <method name="Event"><arg type="i" direction="in"/><arg type="s" direction="in"/><arg type="v" direction="in"/><arg type="u" direction="in"/></method>
          <method name="EventGroup"><arg type="a(isvu)" direction="in"/><arg type="ai" direction="out"/></method>
          <method name="AboutToShow"><arg type="i" direction="in"/><arg type="b" direction="out"/></method>
          <method name="AboutToShowGroup"><arg type="ai" direction="in"/><arg type="ai" direction="out"/><arg type="ai" direction="out"/></method>
          <signal name="LayoutUpdated"><arg type="u"/><arg type="i"/></signal>
          <property name="Version" type="u" access="read"/>
          <property name="TextDirection" type="s" access="read"/>
          <property name="Status" type="s" access="read"/>
          <property name="IconThemePath" type="as" access="read"/>
        </interface>
        """);

    private readonly Lock _gate = new();
    private IReadOnlyList<TrayMenuItemView> _items = [];
    private uint _revision;

    public string Path => ObjectPath;

    public bool HandlesChildPaths => false;

    /// <summary>Replaces the items; returns the new layout revision for the LayoutUpdated signal.</summary>
    public uint Update(IReadOnlyList<TrayMenuItem> menu)
    {
        lock (_gate)
        {
            _items = TrayMenuItemView.From(menu);
            return ++_revision;
        }
    }

    public ValueTask HandleMethodAsync(MethodContext context)
    {
        if (context.IsDBusIntrospectRequest)
        {
            context.ReplyIntrospectXml([IntrospectionXml], Array.Empty<string>());
            return default;
        }

        var request = context.Request;
        if (request.InterfaceAsString == DBusWire.PropertiesInterface)
        {
            HandleProperties(context);
            return default;
        }

        switch (request.MemberAsString)
        {
            case "GetLayout": ReplyLayout(context); break;
            case "GetGroupProperties": ReplyGroupProperties(context); break;
            case "GetProperty": ReplyProperty(context); break;
            case "Event": HandleEvent(context); break;
            case "EventGroup": HandleEventGroup(context); break;
            case "AboutToShow": ReplyBool(context, false); break;
            case "AboutToShowGroup": ReplyAboutToShowGroup(context); break;
            default: context.ReplyUnknownMethodError(); break;
        }

        return default;
    }

    private (IReadOnlyList<TrayMenuItemView> Items, uint Revision) Snapshot()
    {
        lock (_gate)
        {
            return (_items, _revision);
        }
    }

    private void ReplyLayout(MethodContext context)
    {
        var reader = context.Request.GetBodyReader();
        var parentId = reader.ReadInt32();
        var (items, revision) = Snapshot();
        var writer = context.CreateReplyWriter("u(ia{sv}av)");
        writer.WriteUInt32(revision);
        var parent = items.FirstOrDefault(i => i.Id == parentId);
        if (parent is null)
        {
            WriteRoot(ref writer, items);
        }
        else
        {
            WriteLeaf(ref writer, parent);
        }

        context.Reply(writer.CreateMessage());
        writer.Dispose();
    }

    private static void WriteRoot(ref MessageWriter writer, IReadOnlyList<TrayMenuItemView> items)
    {
        writer.WriteStructureStart();
        writer.WriteInt32(0);
        var props = writer.WriteDictionaryStart();
        writer.WriteDictionaryEntryStart();
        writer.WriteString("children-display");
        writer.WriteVariantString("submenu");
        writer.WriteDictionaryEnd(props);
        var children = writer.WriteArrayStart(DBusType.Variant);
        foreach (var item in items)
        {
            writer.WriteSignature("(ia{sv}av)");
            WriteLeaf(ref writer, item);
        }

        writer.WriteArrayEnd(children);
    }

    private static void WriteLeaf(ref MessageWriter writer, TrayMenuItemView item)
    {
        writer.WriteStructureStart();
        writer.WriteInt32(item.Id);
        DBusWire.WriteItemProperties(ref writer, item);
        var none = writer.WriteArrayStart(DBusType.Variant);
        writer.WriteArrayEnd(none);
    }

    private void ReplyGroupProperties(MethodContext context)
    {
        var reader = context.Request.GetBodyReader();
        var ids = reader.ReadArrayOfInt32();
        var (items, _) = Snapshot();
        var wanted = ids.Length == 0 ? items : items.Where(i => ids.Contains(i.Id)).ToList();
        var writer = context.CreateReplyWriter("a(ia{sv})");
        var array = writer.WriteArrayStart(DBusType.Struct);
        foreach (var item in wanted)
        {
            writer.WriteStructureStart();
            writer.WriteInt32(item.Id);
            DBusWire.WriteItemProperties(ref writer, item);
        }

        writer.WriteArrayEnd(array);
        context.Reply(writer.CreateMessage());
        writer.Dispose();
    }

    private void ReplyProperty(MethodContext context)
    {
        var reader = context.Request.GetBodyReader();
        var id = reader.ReadInt32();
        var name = reader.ReadString();
        var (items, _) = Snapshot();
        var value = items.FirstOrDefault(i => i.Id == id)?.Properties.FirstOrDefault(p => p.Name == name).Value;
        if (value is null)
        {
            context.ReplyError("com.canonical.dbusmenu.Error.UnknownProperty", $"Item {id} has no property '{name}'.");
            return;
        }

        var writer = context.CreateReplyWriter("v");
        if (value is bool b)
        {
            writer.WriteVariantBool(b);
        }
        else
        {
            writer.WriteVariantString((string)value);
        }

        context.Reply(writer.CreateMessage());
        writer.Dispose();
    }

    private void HandleEvent(MethodContext context)
    {
        var reader = context.Request.GetBodyReader();
        var id = reader.ReadInt32();
        var eventId = reader.ReadString();
        Dispatch(id, eventId);
        DBusWire.ReplyEmpty(context);
    }

    private void HandleEventGroup(MethodContext context)
    {
        var reader = context.Request.GetBodyReader();
        var end = reader.ReadArrayStart(DBusType.Struct);
        var events = new List<(int Id, string EventId)>();
        while (reader.HasNext(end))
        {
            reader.AlignStruct();
            var id = reader.ReadInt32();
            var eventId = reader.ReadString();
            reader.ReadVariantValue();
            reader.ReadUInt32();
            events.Add((id, eventId));
        }

        foreach (var (id, eventId) in events)
        {
            Dispatch(id, eventId);
        }

        var writer = context.CreateReplyWriter("ai");
        writer.WriteArray(Array.Empty<int>());
        context.Reply(writer.CreateMessage());
        writer.Dispose();
    }

    private void Dispatch(int id, string eventId)
    {
        if (eventId != "clicked")
        {
            return;
        }

        var (items, _) = Snapshot();
        if (items.FirstOrDefault(i => i.Id == id) is { Command: { } command } item && IsEnabled(item))
        {
            invoked(command);
        }
    }

    private static bool IsEnabled(TrayMenuItemView item) =>
        item.Properties.FirstOrDefault(p => p.Name == "enabled").Value is not false;

    private static void ReplyBool(MethodContext context, bool value)
    {
        var writer = context.CreateReplyWriter("b");
        writer.WriteBool(value);
        context.Reply(writer.CreateMessage());
        writer.Dispose();
    }

    private static void ReplyAboutToShowGroup(MethodContext context)
    {
        var writer = context.CreateReplyWriter("aiai");
        writer.WriteArray(Array.Empty<int>());
        writer.WriteArray(Array.Empty<int>());
        context.Reply(writer.CreateMessage());
        writer.Dispose();
    }

    private static void HandleProperties(MethodContext context)
    {
        var reader = context.Request.GetBodyReader();
        var member = context.Request.MemberAsString;
        if (member == "GetAll")
        {
            var writer = context.CreateReplyWriter("a{sv}");
            var dict = writer.WriteDictionaryStart();
            foreach (var name in new[] { "Version", "TextDirection", "Status", "IconThemePath" })
            {
                writer.WriteDictionaryEntryStart();
                writer.WriteString(name);
                WriteProperty(ref writer, name);
            }

            writer.WriteDictionaryEnd(dict);
            context.Reply(writer.CreateMessage());
            writer.Dispose();
        }
        else if (member == "Get")
        {
            reader.ReadString();
            var name = reader.ReadString();
            var writer = context.CreateReplyWriter("v");
            if (!WriteProperty(ref writer, name))
            {
                writer.Dispose();
                context.ReplyError("org.freedesktop.DBus.Error.UnknownProperty", $"No property '{name}'.");
                return;
            }

            context.Reply(writer.CreateMessage());
            writer.Dispose();
        }
        else
        {
            context.ReplyError("org.freedesktop.DBus.Error.PropertyReadOnly", "The menu's properties are read-only.");
        }
    }

    private static bool WriteProperty(ref MessageWriter writer, string name)
    {
        switch (name)
        {
            case "Version": writer.WriteVariantUInt32(3); return true;
            case "TextDirection": writer.WriteVariantString("ltr"); return true;
            case "Status": writer.WriteVariantString("normal"); return true;
            case "IconThemePath":
                writer.WriteSignature("as");
                writer.WriteArray(Array.Empty<string>());
                return true;
            default: return false;
        }
    }
}
