using System.Runtime.Loader;
using AmisModular.Modularity.Abstractions.Modules;
using AmisModular.TestContracts;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;

namespace AmisModular.TestModules.Json13Module;

/// <summary>Carries a private Newtonsoft.Json 13.0.3 and reports the one it actually loaded.</summary>
public sealed class Json13Module : ModuleBase
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        var assembly = typeof(JsonConvert).Assembly;
        services.AddSingleton(new ModuleProbe(context.ModuleId, "newtonsoft.version", assembly.GetName().Version!.ToString()));
        services.AddSingleton(new ModuleProbe(context.ModuleId, "newtonsoft.context", AssemblyLoadContext.GetLoadContext(assembly)!.Name!));
        services.AddSingleton(new ModuleProbe(context.ModuleId, "newtonsoft.location", assembly.Location));
        services.AddSingleton(new ModuleProbe(context.ModuleId, "serialized", JsonConvert.SerializeObject(new { amount = 1500000m })));
    }
}
