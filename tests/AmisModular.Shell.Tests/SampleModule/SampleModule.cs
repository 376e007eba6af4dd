using AmisModular.Modularity.Abstractions.Modules;
using AmisModular.Modularity.Abstractions.Navigation;
using AmisModular.Modularity.Abstractions.Regions;
using AmisModular.Modularity.Abstractions.Text;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Shell.SampleModule;

public sealed class SampleModule : ModuleBase
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddSingleton(new NavigationEntry(context.ModuleId, "sample.hello", new LocalizedText("Phân hệ mẫu", "Sample module"), "sample/hello", Icon: "star", Permission: "sample.view"));
        services.AddSingleton(new RegionContribution(context.ModuleId, RegionNames.HomeWidgets, typeof(SampleWidget), Order: 5, Title: new LocalizedText("Mẫu", "Sample")));
    }
}
