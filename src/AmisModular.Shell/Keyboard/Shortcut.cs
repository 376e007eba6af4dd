using AmisModular.Modularity.Abstractions.Keyboard;
using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Shell.Keyboard;

/// <summary>A key chord as the browser names it ("Ctrl+Shift+S", "F1", "Escape") and the command it triggers.</summary>
public sealed record Shortcut(string Keys, ShortcutCommand Command, LocalizedText Title);
