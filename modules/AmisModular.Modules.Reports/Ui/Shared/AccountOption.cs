namespace AmisModular.Modules.Reports.Ui.Shared;

/// <summary>An account of the chart as the picker lists it: "1111 - Tiền Việt Nam".</summary>
public sealed record AccountOption(string Code, string Name, int Level)
{
    public string Display => $"{Code} - {Name}";
}
