// The shell's browser side: the global shortcut layer and the session watcher.
// Keys are named like the C# table (Shortcuts.cs): "Ctrl+Shift+S", "F1", "Escape", "Ctrl+Insert".
function chord(e) {
    const parts = [];
    if (e.ctrlKey || e.metaKey) parts.push("Ctrl");
    if (e.altKey) parts.push("Alt");
    if (e.shiftKey) parts.push("Shift");
    let key = e.key;
    if (key.length === 1) key = key.toUpperCase();
    if (key === "Esc") key = "Escape";
    if (key === "Del") key = "Delete";
    if (["Control", "Shift", "Alt", "Meta"].includes(key)) return null;
    parts.push(key);
    return parts.join("+");
}

export function start(dotNet, keys, sessionCheckSeconds) {
    const known = new Set(keys.map(k => k.toUpperCase()));
    const onKey = e => {
        const c = chord(e);
        if (!c || !known.has(c.toUpperCase())) return;
        e.preventDefault();
        e.stopPropagation();
        dotNet.invokeMethodAsync("OnShortcut", c);
    };
    document.addEventListener("keydown", onKey, true);

    // Sliding session: user activity pings the server (which slides the cookie); a separate check that does not
    // slide sends the user to the login page once the cookie has expired.
    let active = false;
    const onActivity = () => { active = true; };
    document.addEventListener("keydown", onActivity, true);
    document.addEventListener("mousedown", onActivity, true);
    const ping = setInterval(() => {
        if (!active) return;
        active = false;
        fetch("/account/ping", { method: "POST", credentials: "same-origin" }).catch(() => {});
    }, Math.max(1000, sessionCheckSeconds * 1000));
    const check = setInterval(async () => {
        try {
            const r = await fetch("/account/session", { credentials: "same-origin", cache: "no-store" });
            if (r.status === 401) {
                const back = location.pathname + location.search;
                location.href = "/login?expired=1&returnUrl=" + encodeURIComponent(back);
            }
        } catch { /* offline: nothing to do */ }
    }, Math.max(1000, sessionCheckSeconds * 1000));

    document.body.dataset.interactive = "true";
    return {
        dispose() {
            document.removeEventListener("keydown", onKey, true);
            document.removeEventListener("keydown", onActivity, true);
            document.removeEventListener("mousedown", onActivity, true);
            clearInterval(ping);
            clearInterval(check);
        }
    };
}
