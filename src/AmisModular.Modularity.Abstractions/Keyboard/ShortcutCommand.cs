namespace AmisModular.Modularity.Abstractions.Keyboard;

/// <summary>The commands of MISA-style voucher screens that a key can trigger (the shell maps keys to them).</summary>
public enum ShortcutCommand
{
    Help,
    New,
    Edit,
    Save,
    SaveAndNew,
    Post,
    Unpost,
    Print,
    Cancel,
    Reload,
    Search,
    Lookup,
    InsertLine,
    DeleteLine,
}
