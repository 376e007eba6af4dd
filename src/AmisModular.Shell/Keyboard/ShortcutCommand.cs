namespace AmisModular.Shell.Keyboard;

/// <summary>The commands of MISA-style voucher screens that a key can trigger.</summary>
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
