namespace AmisModular.Modules.Cash.Ui.Shared;

/// <summary>A partner (đối tượng) as the lookup lists it.</summary>
public sealed record PartnerOption(Guid Id, string Code, string Name, string? Address);
