using AmisModular.Modularity.Abstractions.Keyboard;
using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Shell.Keyboard;

/// <summary>The shortcut sheet (F1). Bindings proposed in the domain notes; MISA's own table is not public.</summary>
public static class Shortcuts
{
    public static IReadOnlyList<Shortcut> All { get; } =
    [
        new("F1", ShortcutCommand.Help, new LocalizedText("Xem bảng phím tắt", "Show keyboard shortcuts")),
        new("Ctrl+N", ShortcutCommand.New, new LocalizedText("Thêm", "New")),
        new("Ctrl+E", ShortcutCommand.Edit, new LocalizedText("Sửa", "Edit")),
        new("Ctrl+S", ShortcutCommand.Save, new LocalizedText("Cất", "Save")),
        new("Ctrl+Shift+S", ShortcutCommand.SaveAndNew, new LocalizedText("Cất và thêm", "Save and new")),
        new("Ctrl+G", ShortcutCommand.Post, new LocalizedText("Ghi sổ", "Post")),
        new("Ctrl+B", ShortcutCommand.Unpost, new LocalizedText("Bỏ ghi", "Unpost")),
        new("Ctrl+P", ShortcutCommand.Print, new LocalizedText("In", "Print")),
        new("Escape", ShortcutCommand.Cancel, new LocalizedText("Hoãn / Đóng", "Cancel / Close")),
        new("F5", ShortcutCommand.Reload, new LocalizedText("Nạp", "Reload")),
        new("F3", ShortcutCommand.Search, new LocalizedText("Tìm kiếm", "Search")),
        new("F4", ShortcutCommand.Lookup, new LocalizedText("Danh sách tra cứu", "Lookup list")),
        new("Ctrl+Insert", ShortcutCommand.InsertLine, new LocalizedText("Thêm dòng", "Insert line")),
        new("Ctrl+Delete", ShortcutCommand.DeleteLine, new LocalizedText("Xóa dòng", "Delete line")),
    ];

    public static Shortcut? Find(string keys) =>
        All.FirstOrDefault(s => string.Equals(s.Keys, keys, StringComparison.OrdinalIgnoreCase));
}
