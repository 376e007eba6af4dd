using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Ledger.Errors;

/// <summary>
/// Base of every refusal the ledger gives a caller: <see cref="Text"/> is what a user reads (Vietnamese first);
/// <see cref="Exception.Message"/> carries both languages for logs.
/// </summary>
public abstract class LedgerException : Exception
{
    protected LedgerException(LocalizedText text)
        : base($"{text?.Vi} / {text?.En}")
    {
        Text = text ?? new LocalizedText("", "");
    }

    public LocalizedText Text { get; }
}
