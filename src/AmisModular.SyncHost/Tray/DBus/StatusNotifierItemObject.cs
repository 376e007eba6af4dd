using System.Text;
using Tmds.DBus.Protocol;

namespace AmisModular.SyncHost.Tray.DBus;

/// <summary>
/// The org.kde.StatusNotifierItem object: icon (a themed icon name), tooltip, status and the path of the menu.
/// A left click (Activate) opens the shell.
/// </summary>
internal sealed class StatusNotifierItemObject(Action<TrayCommand> invoked) : IPathMethodHandler
{
    public const string ObjectPath = "/StatusNotifierItem";
    public const string Interface = "org.kde.StatusNotifierItem";

    private static readonly string[] PropertyNames =
    [
        "Category", "Id", "Title", "Status", "WindowId", "IconName", "IconPixmap", "OverlayIconName", "OverlayIconPixmap",
        "AttentionIconName", "AttentionIconPixmap", "AttentionMovieName", "ToolTip", "ItemIsMenu", "Menu",
    ];

    private static readonly ReadOnlyMemory<byte> IntrospectionXml = Encoding.UTF8.GetBytes("""
        <interface name="org.kde.StatusNotifierItem">
          <method name="Activate"><arg type="i" direction="in"/><arg type="i" direction="in"/></method>
          <method name="SecondaryActivate"><arg type="i" direction="in"/><arg type="i" direction="in"/></method>
          <method name="ContextMenu"><arg type="i" direction="in"/><arg type="i" direction="in"/></method>
          <method name="Scroll"><arg type="i" direction="in"/><arg type="s" direction="in"/></method>
          <signal name="NewTitle"/><signal name="NewIcon"/><signal name="NewAttentionIcon"/><signal name="NewToolTip"/>
          <signal name="NewStatus"><arg type="s"/></signal>
          <property name="Category" type="s" access="read"/>
          <property name="Id" type="s" access="read"/>
          <property name="Title" type="s" access="read"/>
          <property name="Status" type="s" access="read"/>
          <property name="WindowId" type="u" access="read"/>
          <property name="IconName" type="s" access="read"/>
          <property name="IconPixmap" type="a(iiay)" access="read"/>
          <property name="OverlayIconName" type="s" access="read"/>
          <property name="OverlayIconPixmap" type="a(iiay)" access="read"/>
          <property name="AttentionIconName" type="s" access="read"/>
          <property name="AttentionIconPixmap" type="a(iiay)" access="read"/>
          <property name="AttentionMovieName" type="s" access="read"/>
          <property name="ToolTip" type="(sa(iiay)ss)" access="read"/>
          <property name="ItemIsMenu" type="b" access="read"/>
          <property name="Menu" type="o" access="read"/>
        </interface>
        """);

    private readonly Lock _gate = new();
    private TrayState? _state;

    public string Path => ObjectPath;

    public bool HandlesChildPaths => false;

    public void Update(TrayState state)
    {
        lock (_gate)
        {
            _state = state;
        }
    }

    /// <summary>The freedesktop icon-theme name for each icon kind.</summary>
    public static string IconName(TrayIconKind kind) => kind switch
    {
        TrayIconKind.Syncing => "emblem-synchronizing",
        TrayIconKind.Attention => "dialog-warning",
        TrayIconKind.Offline => "network-offline",
        TrayIconKind.Paused => "media-playback-pause",
        TrayIconKind.Error => "dialog-error",
        TrayIconKind.NotConfigured => "dialog-information",
        _ => "emblem-default",
    };

    public ValueTask HandleMethodAsync(MethodContext context)
    {
        if (context.IsDBusIntrospectRequest)
        {
            context.ReplyIntrospectXml([IntrospectionXml], Array.Empty<string>());
            return default;
        }

        if (context.Request.InterfaceAsString == DBusWire.PropertiesInterface)
        {
            HandleProperties(context);
            return default;
        }

        switch (context.Request.MemberAsString)
        {
            case "Activate":
                invoked(TrayCommand.OpenShell);
                DBusWire.ReplyEmpty(context);
                break;
            case "SecondaryActivate" or "ContextMenu" or "Scroll":
                DBusWire.ReplyEmpty(context);
                break;
            default:
                context.ReplyUnknownMethodError();
                break;
        }

        return default;
    }

    private void HandleProperties(MethodContext context)
    {
        TrayState? state;
        lock (_gate)
        {
            state = _state;
        }

        var member = context.Request.MemberAsString;
        if (member == "GetAll")
        {
            var writer = context.CreateReplyWriter("a{sv}");
            var dict = writer.WriteDictionaryStart();
            foreach (var name in PropertyNames)
            {
                writer.WriteDictionaryEntryStart();
                writer.WriteString(name);
                WriteProperty(ref writer, name, state);
            }

            writer.WriteDictionaryEnd(dict);
            context.Reply(writer.CreateMessage());
            writer.Dispose();
            return;
        }

        if (member != "Get")
        {
            context.ReplyError("org.freedesktop.DBus.Error.PropertyReadOnly", "The status notifier item's properties are read-only.");
            return;
        }

        var reader = context.Request.GetBodyReader();
        reader.ReadString();
        var property = reader.ReadString();
        if (!PropertyNames.Contains(property))
        {
            context.ReplyError("org.freedesktop.DBus.Error.UnknownProperty", $"No property '{property}'.");
            return;
        }

        var reply = context.CreateReplyWriter("v");
        WriteProperty(ref reply, property, state);
        context.Reply(reply.CreateMessage());
        reply.Dispose();
    }

    private static void WriteProperty(ref MessageWriter writer, string name, TrayState? state)
    {
        var icon = IconName(state?.Icon ?? TrayIconKind.NotConfigured);
        switch (name)
        {
            case "Category": writer.WriteVariantString("ApplicationStatus"); break;
            case "Id": writer.WriteVariantString("amis-sync"); break;
            case "Title": writer.WriteVariantString(state?.Title ?? SyncHostTexts.AppName); break;
            case "Status": writer.WriteVariantString(state?.NeedsAttention == true ? "NeedsAttention" : "Active"); break;
            case "WindowId": writer.WriteVariantUInt32(0); break;
            case "IconName" or "AttentionIconName": writer.WriteVariantString(icon); break;
            case "OverlayIconName" or "AttentionMovieName": writer.WriteVariantString(string.Empty); break;
            case "IconPixmap" or "OverlayIconPixmap" or "AttentionIconPixmap":
                writer.WriteSignature("a(iiay)");
                DBusWire.WriteNoPixmaps(ref writer);
                break;
            case "ToolTip":
                writer.WriteSignature("(sa(iiay)ss)");
                writer.WriteStructureStart();
                writer.WriteString(icon);
                DBusWire.WriteNoPixmaps(ref writer);
                writer.WriteString(state?.Title ?? SyncHostTexts.AppName);
                writer.WriteString(state?.Tooltip ?? string.Empty);
                break;
            case "ItemIsMenu": writer.WriteVariantBool(false); break;
            default: writer.WriteVariantObjectPath(DBusMenuObject.ObjectPath); break;
        }
    }
}
