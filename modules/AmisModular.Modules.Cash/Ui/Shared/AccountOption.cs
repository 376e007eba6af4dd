namespace AmisModular.Modules.Cash.Ui.Shared;

/// <summary>A postable account as the lookup lists it.</summary>
public sealed record AccountOption(string Code, string NameVi, string NameEn);
