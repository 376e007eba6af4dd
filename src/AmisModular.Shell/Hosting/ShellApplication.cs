using System.Net;
using AmisModular.Modularity.Abstractions.Navigation;
using AmisModular.Modularity.Abstractions.Regions;
using AmisModular.Shell.Administration;
using AmisModular.Shell.Companies;
using AmisModular.Shell.Components;
using AmisModular.Shell.Keyboard;
using AmisModular.Shell.Localization;
using AmisModular.Shell.Modules;
using AmisModular.Shell.Security;
using AmisModular.Shell.Security.Storage;
using AmisModular.Shell.Sync;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Radzen;

namespace AmisModular.Shell.Hosting;

/// <summary>
/// The shell's composition root. The lead's integration calls <see cref="CreateBuilder"/> with the module host's
/// assemblies, replaces the in-shell ports on <c>builder.Services</c> (they are registered with TryAdd), then
/// <see cref="Build"/>.
/// </summary>
public static class ShellApplication
{
    public static WebApplicationBuilder CreateBuilder(ShellStartOptions options, string[] configurationArgs, IModuleAssemblies modules)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = configurationArgs,
            ApplicationName = typeof(ShellApplication).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });

        // Without this, _framework/blazor.web.js and the _content/ files are 404 outside Development when the
        // shell runs from its build output rather than from a publish folder.
        builder.WebHost.UseStaticWebAssets();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));

        Directory.CreateDirectory(options.DataDirectory);
        var minutes = options.SessionMinutes ?? builder.Configuration.GetValue("Shell:SessionMinutes", 30.0);
        var session = new ShellSessionOptions(TimeSpan.FromMinutes(minutes));
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(session);
        builder.Services.AddSingleton(new ShellDataFolder(options.DataDirectory));
        builder.Services.AddSingleton(modules);
        builder.Services.TryAddSingleton(TimeProvider.System);

        // Keys that protect the sign-in cookie and antiforgery tokens live with the user's data, not in ~/.aspnet.
        builder.Services.AddDataProtection()
            .SetApplicationName("AmisModular.Shell")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(options.DataDirectory, "keys")));

        AddUi(builder.Services);
        AddSecurity(builder.Services, options, session);
        AddPorts(builder.Services);
        AddShellContributions(builder.Services);
        return builder;
    }

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        var app = builder.Build();
        var modules = app.Services.GetRequiredService<IModuleAssemblies>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        app.UseRequestLocalization(LocalizationOptions());
        app.UseMiddleware<FirstRunMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets().AllowAnonymous();
        app.MapShellEndpoints();
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode()
            .AddAdditionalAssemblies(ModulePageAssemblies(modules));
        return app;
    }

    /// <summary>Creates the shell's SQLite tables and default roles; call once before <c>StartAsync</c>.</summary>
    public static async Task InitializeStoresAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        if (services.GetRequiredService<IShellUserStore>() is SqliteShellUserStore sqlite)
        {
            await sqlite.InitializeAsync(cancellationToken);
        }
    }

    internal static System.Reflection.Assembly[] ModulePageAssemblies(IModuleAssemblies modules) =>
        modules.Assemblies.Select(m => m.Assembly).Where(a => a != typeof(App).Assembly).Distinct().ToArray();

    private static RequestLocalizationOptions LocalizationOptions()
    {
        var localization = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(ShellCultures.Vietnamese, ShellCultures.Vietnamese),
        };
        localization.SetDefaultCulture(ShellCultures.Vietnamese)
            .AddSupportedCultures(ShellCultures.Vietnamese)
            .AddSupportedUICultures(ShellCultures.Vietnamese, ShellCultures.English);
        localization.RequestCultureProviders = [new CookieRequestCultureProvider()];
        return localization;
    }

    private static void AddUi(IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddRadzenComponents();
        services.AddScoped<KeyboardShortcutService>();
        services.AddSingleton<ModuleStaticFiles>();
    }

    private static void AddSecurity(IServiceCollection services, ShellStartOptions options, ShellSessionOptions session)
    {
        services.AddCascadingAuthenticationState();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = ".AmisModular.Session";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Strict;
                cookie.LoginPath = "/login";
                cookie.LogoutPath = "/account/logout";
                cookie.ExpireTimeSpan = session.IdleTimeout;
                cookie.SlidingExpiration = true;
                cookie.Events.OnCheckSlidingExpiration = context =>
                {
                    // Asking "am I still signed in?" is not activity.
                    if (context.HttpContext.Request.Path.StartsWithSegments(ShellEndpoints.SessionCheckPath))
                    {
                        context.ShouldRenew = false;
                    }

                    return Task.CompletedTask;
                };
            });
        services.AddAuthorization(authorization =>
            authorization.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        services.AddDbContextFactory<ShellDbContext>(db =>
            db.UseSqlite($"Data Source={Path.Combine(options.DataDirectory, "shell.db")};Pooling=False"));
        services.TryAddSingleton<IShellUserStore, SqliteShellUserStore>();
        services.AddSingleton<AccountService>();
    }

    private static void AddPorts(IServiceCollection services)
    {
        services.TryAddSingleton<IModuleDirectory, ConfiguredModuleDirectory>();
        services.TryAddSingleton<ICompanyContext, FileCompanyContext>();
        services.TryAddSingleton<ISyncStatusSource, NoSyncHostStatusSource>();
        services.TryAddSingleton<ILicenceStore, FileLicenceStore>();
        services.TryAddSingleton<IDepartmentProfileSource, FileDepartmentProfileSource>();
        services.TryAddSingleton<IPeriodLockService, FilePeriodLockService>();
    }

    private static void AddShellContributions(IServiceCollection services)
    {
        foreach (var entry in ShellNavigation.Entries)
        {
            services.AddSingleton(entry);
        }

        services.AddSingleton(new RegionContribution(
            ConfiguredModuleDirectory.ShellModuleId, RegionNames.HomeWidgets, typeof(Components.Widgets.CompanyWidget), Order: -100));
    }
}
