using System.Reflection;

namespace AmisModular.Cli.Tests.Infrastructure;

internal static class TestModules
{
    /// <summary>tests/TestModules/PlainModule's build output (built with this project, not referenced).</summary>
    public static string PlainModuleOutput { get; } =
        typeof(TestModules).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "PlainModuleOutput").Value!;
}
