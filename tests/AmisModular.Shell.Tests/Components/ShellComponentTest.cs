using AmisModular.Modularity.Abstractions.Text;
using AmisModular.Shell.Modules;
using AmisModular.Shell.Security;
using Bunit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using System.Globalization;
using System.Security.Claims;

namespace AmisModular.Shell.Tests.Components;

/// <summary>A bUnit context with the real in-shell module directory and a signed-in user holding given permissions.</summary>
public abstract class ShellComponentTest : BunitContext
{
    protected ShellComponentTest()
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("vi-VN");
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("vi-VN");
    }

    protected static ShellModuleInfo Active(string id) => new(id, "1.0.0", new LocalizedText(id, id), "Active", string.Empty, true);

    protected static ShellModuleInfo NotLicensed(string id) =>
        new(id, "1.0.0", new LocalizedText(id, id), "NotLicensed", "Giấy phép không có phân hệ này", false);

    protected void UseModules(params ShellModuleInfo[] modules)
    {
        foreach (var module in modules)
        {
            Services.AddSingleton(module);
        }

        Services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        Services.AddSingleton<IModuleDirectory, ConfiguredModuleDirectory>();
    }

    protected void SignIn(params string[] permissions)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("ketoan");
        auth.SetClaims(permissions.Select(p => new Claim(ShellPermissions.ClaimType, p)).ToArray());
    }
}
