using System.Reflection;

namespace AmisModular.EndToEnd.Tests.Infrastructure;

/// <summary>Build outputs of sibling projects (recorded at build time), run as processes or packed as modules.</summary>
internal static class BuildOutputs
{
    public static string CashModule => Get("CashModuleOutput");

    public static string CashManifest => Get("CashModuleManifest");

    /// <summary>amis-sync from its own folder: the Cash module must not sit beside the host, only in the modules root.</summary>
    public static string SyncHostDll => Get("SyncHostDll");

    public static string CloudDll => Get("CloudDll");

    private static string Get(string key)
    {
        var value = typeof(BuildOutputs).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
        return File.Exists(value) || Directory.Exists(value) ? value : throw new FileNotFoundException($"{key}: build the project first.", value);
    }
}
