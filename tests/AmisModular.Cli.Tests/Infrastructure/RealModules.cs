using System.Reflection;
using AmisModular.Vendor.Modules;

namespace AmisModular.Cli.Tests.Infrastructure;

/// <summary>
/// The real Cash and Reports modules (built with this project, not referenced), packed and signed with the vendor
/// tool's packer into an installation's modules root with the installation's test key, and licensed with it: the
/// same path a customer's modules take, independent of the dev-key packages under artifacts/modules.
/// </summary>
internal static class RealModules
{
    public static void Install(TestInstallation install)
    {
        ArgumentNullException.ThrowIfNull(install);
        Pack(install, "CashModule", "AmisModular.Modules.Cash.dll");
        Pack(install, "ReportsModule", "AmisModular.Modules.Reports.dll");
        var licence = install.Run("licence", "install", install.IssueLicence("cash-reports.json", ["cash", "reports"]));
        Assert.True(licence.ExitCode == 0, licence.ToString());
    }

    private static void Pack(TestInstallation install, string key, string entryAssembly)
    {
        var output = Metadata(key + "Output");
        Assert.True(File.Exists(Path.Combine(output, entryAssembly)), $"{entryAssembly} was not built into {output}");
        ModulePackager.Pack(output, File.ReadAllText(Metadata(key + "Manifest")), install.PrivateKeyPem, install.ModulesRoot, "1.0.0", entryAssembly);
    }

    private static string Metadata(string key) =>
        typeof(RealModules).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
