using System.Reflection;

namespace AmisModular.Modularity.Tests.Infrastructure;

/// <summary>A real module project under tests/TestModules, built with this test project.</summary>
/// <param name="PrivateFiles">Its own dependencies to ship in the package beside the entry assembly.</param>
public sealed record TestModule(string Project, params string[] PrivateFiles)
{
    public static TestModule Plain { get; } = new("PlainModule");

    public static TestModule Json12 { get; } = new("Json12Module", "Newtonsoft.Json.dll");

    public static TestModule Json13 { get; } = new("Json13Module", "Newtonsoft.Json.dll");

    public static TestModule ConfigureThrows { get; } = new("ConfigureThrowsModule");

    public static TestModule InitializeThrows { get; } = new("InitializeThrowsModule");

    public static TestModule EventSubscriber { get; } = new("EventSubscriberModule");

    public static TestModule EventPublisher { get; } = new("EventPublisherModule");

    public string EntryAssembly => Project + ".dll";

    public string OutputDirectory
    {
        get
        {
            var metadata = typeof(TestModule).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().ToDictionary(a => a.Key, a => a.Value);
            return Path.Combine(metadata["TestModulesRoot"]!, Project, metadata["TestModulesOutput"]!);
        }
    }
}
