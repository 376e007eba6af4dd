// The cash module's browser side: select a field's text when it gets focus (typing replaces it, as in a grid),
// keep the address bar on the saved voucher, and show or save a PDF the server streamed (a module maps no endpoints).
export function attach(root) {
    const onFocus = e => {
        const t = e.target;
        if (t && t.tagName === "INPUT" && !t.readOnly && typeof t.select === "function") {
            try { t.select(); } catch { /* not a text input */ }
        }
    };
    root.addEventListener("focusin", onFocus);
    return { dispose() { root.removeEventListener("focusin", onFocus); } };
}

export function replaceUrl(url) {
    history.replaceState(history.state, "", url);
}

export async function showPdf(frame, streamRef) {
    const buffer = await streamRef.arrayBuffer();
    const url = URL.createObjectURL(new Blob([buffer], { type: "application/pdf" }));
    frame.src = url;
    return url;
}

export function printFrame(frame) {
    try { frame.contentWindow.print(); } catch { /* the viewer prints itself */ }
}

export function revoke(url) {
    if (url) URL.revokeObjectURL(url);
}

export async function download(fileName, contentType, streamRef) {
    const buffer = await streamRef.arrayBuffer();
    const url = URL.createObjectURL(new Blob([buffer], { type: contentType }));
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// Fields commit on "change"; a shortcut commits the field the cursor is in before acting.
export function commitActive() {
    const el = document.activeElement;
    if (el && el.tagName === "INPUT" && !el.readOnly && el.closest(".cash-editor")) {
        el.dispatchEvent(new Event("change", { bubbles: true }));
    }
}

export function blurActive() {
    const el = document.activeElement;
    if (el && typeof el.blur === "function") el.blur();
}
