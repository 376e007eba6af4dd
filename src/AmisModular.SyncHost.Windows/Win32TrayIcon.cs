using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using AmisModular.SyncHost.Tray;
using Microsoft.Extensions.Logging;
using static AmisModular.SyncHost.Windows.NativeMethods;

namespace AmisModular.SyncHost.Windows;

/// <summary>
/// Shell_NotifyIcon on a hidden message-only window that owns its own thread and message loop: the icon, its
/// tooltip, balloon notifications and a TrackPopupMenu context menu. Notifications use the same icon (NIF_INFO).
/// </summary>
[SupportedOSPlatform("windows")]
public sealed class Win32TrayIcon : ITrayIcon, INotifier
{
    private const string WindowClass = "AmisModularSyncHostTray";
    private const int MaxTip = 127;

    private readonly ILogger _logger;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _gate = new();
    private readonly WndProc _wndProc;
    private Thread? _thread;
    private IntPtr _window;
    private bool _added;
    private TrayState? _state;
    private UserNotification? _pendingBalloon;

    private Win32TrayIcon(ILogger logger)
    {
        _logger = logger;
        _wndProc = WindowProcedure; // kept in a field: the native side holds the delegate for the window's life
    }

    public event EventHandler<TrayMenuInvokedEventArgs>? MenuItemInvoked;

    public static async Task<Win32TrayIcon> StartAsync(ILogger logger, CancellationToken cancellationToken)
    {
        var icon = new Win32TrayIcon(logger);
        icon._thread = new Thread(icon.Run) { IsBackground = true, Name = "amis-sync tray" };
        icon._thread.SetApartmentState(ApartmentState.STA);
        icon._thread.Start();
        await icon._ready.Task.WaitAsync(cancellationToken);
        return icon;
    }

    public Task ShowAsync(TrayState state, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _state = state;
        }

        PostMessage(_window, WM_REFRESH, IntPtr.Zero, IntPtr.Zero);
        return Task.CompletedTask;
    }

    public Task NotifyAsync(UserNotification notification, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _pendingBalloon = notification;
        }

        PostMessage(_window, WM_REFRESH, IntPtr.Zero, IntPtr.Zero);
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        if (_window != IntPtr.Zero)
        {
            PostMessage(_window, WM_CLOSE, IntPtr.Zero, IntPtr.Zero);
        }

        _thread?.Join(TimeSpan.FromSeconds(5));
        return ValueTask.CompletedTask;
    }

    private void Run()
    {
        var instance = GetModuleHandle(null);
        var windowClass = new WNDCLASSEX
        {
            cbSize = (uint)Marshal.SizeOf<WNDCLASSEX>(),
            lpfnWndProc = Marshal.GetFunctionPointerForDelegate(_wndProc),
            hInstance = instance,
            lpszClassName = WindowClass,
        };
        RegisterClassEx(ref windowClass);
        _window = CreateWindowEx(0, WindowClass, "AmisModular sync", 0, 0, 0, 0, 0, HWND_MESSAGE, IntPtr.Zero, instance, IntPtr.Zero);
        if (_window == IntPtr.Zero)
        {
            _ready.TrySetException(new InvalidOperationException($"CreateWindowEx failed ({Marshal.GetLastPInvokeError()})."));
            return;
        }

        _ready.TrySetResult();
        while (GetMessage(out var message, IntPtr.Zero, 0, 0) > 0)
        {
            TranslateMessage(ref message);
            DispatchMessage(ref message);
        }
    }

    private IntPtr WindowProcedure(IntPtr hWnd, uint msg, IntPtr wParam, IntPtr lParam)
    {
        switch (msg)
        {
            case WM_REFRESH:
                Refresh();
                return IntPtr.Zero;
            case WM_TRAY when LowWord(lParam) is WM_RBUTTONUP or WM_CONTEXTMENU:
                ShowMenu();
                return IntPtr.Zero;
            case WM_TRAY when LowWord(lParam) == WM_LBUTTONUP:
                MenuItemInvoked?.Invoke(this, new TrayMenuInvokedEventArgs(TrayCommand.OpenShell));
                return IntPtr.Zero;
            case WM_CLOSE:
                RemoveIcon();
                DestroyWindow(hWnd);
                return IntPtr.Zero;
            case WM_DESTROY:
                PostQuitMessage(0);
                return IntPtr.Zero;
            default:
                return DefWindowProc(hWnd, msg, wParam, lParam);
        }
    }

    private void Refresh()
    {
        TrayState? state;
        UserNotification? balloon;
        lock (_gate)
        {
            state = _state;
            balloon = _pendingBalloon;
            _pendingBalloon = null;
        }

        if (state is null)
        {
            return;
        }

        var data = IconData(state);
        if (balloon is not null)
        {
            data.uFlags |= NIF_INFO;
            data.szInfoTitle = Truncate(balloon.Title, 63);
            data.szInfo = Truncate(balloon.Body, 255);
            data.dwInfoFlags = balloon.Urgency switch
            {
                NotificationUrgency.Critical => NIIF_ERROR,
                NotificationUrgency.Normal => NIIF_WARNING,
                _ => NIIF_INFO,
            };
        }

        if (!Shell_NotifyIcon(_added ? NIM_MODIFY : NIM_ADD, ref data))
        {
            _logger.LogWarning("Shell_NotifyIcon failed; the notification area may not be available yet");
            return;
        }

        _added = true;
    }

    private NOTIFYICONDATA IconData(TrayState state) => new()
    {
        cbSize = (uint)Marshal.SizeOf<NOTIFYICONDATA>(),
        hWnd = _window,
        uID = 1,
        uFlags = NIF_MESSAGE | NIF_ICON | NIF_TIP,
        uCallbackMessage = WM_TRAY,
        hIcon = LoadIcon(IntPtr.Zero, SystemIcon(state.Icon)),
        szTip = Truncate(state.Title + "\n" + state.Tooltip, MaxTip),
        szInfo = string.Empty,
        szInfoTitle = string.Empty,
    };

    private void ShowMenu()
    {
        TrayState? state;
        lock (_gate)
        {
            state = _state;
        }

        if (state is null)
        {
            return;
        }

        var menu = CreatePopupMenu();
        try
        {
            foreach (var item in state.Menu)
            {
                if (item.SeparatorBefore)
                {
                    AppendMenu(menu, MF_SEPARATOR, UIntPtr.Zero, null);
                }

                AppendMenu(menu, MF_STRING | (item.Enabled ? 0 : MF_GRAYED), (UIntPtr)item.Id, item.Label);
            }

            GetCursorPos(out var point);
            SetForegroundWindow(_window); // without it the menu does not close when the user clicks elsewhere
            var chosen = TrackPopupMenu(menu, TPM_RETURNCMD | TPM_RIGHTBUTTON, point.X, point.Y, 0, _window, IntPtr.Zero);
            if (state.Menu.FirstOrDefault(i => i.Id == chosen) is { } picked)
            {
                MenuItemInvoked?.Invoke(this, new TrayMenuInvokedEventArgs(picked.Command));
            }
        }
        finally
        {
            DestroyMenu(menu);
        }
    }

    private void RemoveIcon()
    {
        if (!_added)
        {
            return;
        }

        var data = new NOTIFYICONDATA
        {
            cbSize = (uint)Marshal.SizeOf<NOTIFYICONDATA>(),
            hWnd = _window,
            uID = 1,
            szTip = string.Empty,
            szInfo = string.Empty,
            szInfoTitle = string.Empty,
        };
        Shell_NotifyIcon(NIM_DELETE, ref data);
        _added = false;
    }

    private static IntPtr SystemIcon(TrayIconKind kind) => kind switch
    {
        TrayIconKind.Error => IDI_ERROR,
        TrayIconKind.Attention or TrayIconKind.Offline => IDI_WARNING,
        TrayIconKind.NotConfigured or TrayIconKind.Paused => IDI_INFORMATION,
        _ => IDI_APPLICATION,
    };

    // The tray callback carries the mouse message in the low word of lParam.
    private static int LowWord(IntPtr value) => (int)(value.ToInt64() & 0xFFFF);

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
