namespace AmisModular.Printing.Words;

/// <summary>How 1,000 is read: "nghìn" (northern, MISA default) or "ngàn" (southern).</summary>
public enum ThousandWord
{
    Nghin,
    Ngan,
}
