namespace AmisModular.Printing.Tables;

public enum ColumnAlignment
{
    Left,
    Center,
    Right,
}
