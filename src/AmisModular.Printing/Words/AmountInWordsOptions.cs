namespace AmisModular.Printing.Words;

/// <summary>Regional style of the amount in words. The default is MISA's: "nghìn", "linh".</summary>
public sealed record AmountInWordsOptions
{
    public static AmountInWordsOptions Default { get; } = new();

    public ThousandWord Thousand { get; init; } = ThousandWord.Nghin;

    public ZeroTensWord ZeroTens { get; init; } = ZeroTensWord.Linh;
}
