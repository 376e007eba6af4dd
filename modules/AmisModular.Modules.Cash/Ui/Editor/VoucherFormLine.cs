using AmisModular.Modules.Cash.Ui.Shared;

namespace AmisModular.Modules.Cash.Ui.Editor;

/// <summary>One grid line as typed: the amount stays text until it parses, the counter-account is a chosen account.</summary>
public sealed class VoucherFormLine
{
    /// <summary>Keeps Blazor's diff on the right line when lines are inserted or removed.</summary>
    public Guid Key { get; } = Guid.NewGuid();

    public string Description { get; set; } = "";

    public AccountOption? Counter { get; set; }

    /// <summary>What is in the cell when no account was chosen from the list.</summary>
    public string CounterText { get; set; } = "";

    public string AmountText { get; set; } = "";
}
