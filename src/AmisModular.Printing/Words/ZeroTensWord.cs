namespace AmisModular.Printing.Words;

/// <summary>The word for a zero tens digit before a units digit (105): "linh" (MISA default) or "lẻ".</summary>
public enum ZeroTensWord
{
    Linh,
    Le,
}
