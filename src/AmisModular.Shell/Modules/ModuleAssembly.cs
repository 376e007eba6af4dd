using System.Reflection;

namespace AmisModular.Shell.Modules;

/// <summary>A module's entry assembly: its routable pages, its components and its embedded static files.</summary>
public sealed record ModuleAssembly(string ModuleId, Assembly Assembly);
