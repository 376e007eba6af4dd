using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Ledger.Errors;

/// <summary>One field that is wrong, e.g. <c>Lines[2].Amount</c>, and why, in both languages.</summary>
public sealed record ValidationError(string Field, LocalizedText Text)
{
    public static ValidationError Of(string field, string vi, string en) => new(field, new LocalizedText(vi, en));

    public override string ToString() => $"{Field}: {Text.Vi} / {Text.En}";
}
