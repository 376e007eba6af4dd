namespace AmisModular.TestContracts;

/// <summary>A fact a test module registers as a service so the test can read what happened inside it.</summary>
public sealed record ModuleProbe(string ModuleId, string Key, string Value);
