using System.Reflection;
using AmisModular.Modularity.Abstractions.Modules;
using AmisModular.Modularity.Catalog;

namespace AmisModular.Modularity.Loading;

/// <summary>A module whose code is loaded: its descriptor, load context, entry assembly and module instance.</summary>
public sealed record LoadedModule(ModuleDescriptor Descriptor, ModuleLoadContext Context, Assembly EntryAssembly, IModule Instance);
