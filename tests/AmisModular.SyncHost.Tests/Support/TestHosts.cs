using AmisModular.SyncHost.Control;
using AmisModular.SyncHost.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AmisModular.SyncHost.Tests.Support;

public static class TestHosts
{
    /// <summary>The real sync host composition, with a test controller at the engine port.</summary>
    public static IHost Build(TempDirectory folder, ISyncController controller, IDictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SyncHost:StorePath"] = folder.File("store.db"),
            ["SyncHost:LoadModules"] = "false",
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton(controller);
        builder.AddSyncHost();
        return builder.Build();
    }
}
