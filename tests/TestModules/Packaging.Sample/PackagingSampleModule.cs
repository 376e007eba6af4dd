using AmisModular.Modularity.Abstractions.Modules;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;

namespace AmisModular.TestModules.PackagingSample;

/// <summary>Uses its private Newtonsoft.Json so the dependency is real, not just copied.</summary>
public sealed class PackagingSampleModule : ModuleBase
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context) =>
        services.AddSingleton(new JsonSerializerSettings { Formatting = Formatting.Indented });
}
