using System.Net;
using AmisModular.Modularity.Abstractions.Keyboard;
using AmisModular.Modularity.Abstractions.Navigation;
using AmisModular.Modularity.Abstractions.Regions;
using AmisModular.Shell.Components;
using AmisModular.Shell.Keyboard;
using AmisModular.Shell.Localization;
using AmisModular.Shell.Modules;
using AmisModular.Shell.Security;
using AmisModular.Shell.Sync;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Radzen;

namespace AmisModular.Shell.Hosting;

/// <summary>
/// The shell's composition root: <see cref="CreateBuilder"/> (UI, security, and the real parts through
/// <see cref="ShellProduct"/>: module host, licence, profiles, store, ledger) → <see cref="Build"/> →
/// <see cref="InitializeStoresAsync"/> (migrations) → <c>StartAsync</c>.
/// </summary>
public static class ShellApplication
{
    public static WebApplicationBuilder CreateBuilder(ShellStartOptions options, string[] configurationArgs)
    {
        ArgumentNullException.ThrowIfNull(options);
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
        builder.Services.TryAddSingleton(TimeProvider.System);

        // Keys that protect the sign-in cookie and antiforgery tokens live with the user's data, not in ~/.aspnet.
        builder.Services.AddDataProtection()
            .SetApplicationName("AmisModular.Shell")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(options.DataDirectory, "keys")));

        AddUi(builder.Services);
        AddSecurity(builder.Services, session);
        ShellProduct.Add(builder, options);
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

    /// <summary>Migrates the shared store (core, outbox, shell, modules) and loads the companies; call once before <c>StartAsync</c>.</summary>
    public static Task InitializeStoresAsync(IServiceProvider services, CancellationToken cancellationToken = default) =>
        ShellProduct.InitializeAsync(services, cancellationToken);

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
        services.AddScoped<IShortcutDispatcher>(sp => sp.GetRequiredService<KeyboardShortcutService>());
        services.AddSingleton<ModuleStaticFiles>();
    }

    private static void AddSecurity(IServiceCollection services, ShellSessionOptions session)
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

        services.AddSingleton<AccountService>();
    }

    private static void AddPorts(IServiceCollection services)
    {
        // The sync host of this store when one runs; else "no sync host" with the outbox rows waiting for it.
        services.TryAddSingleton<ISyncStatusSource, SyncHostStatusSource>();
        services.TryAddSingleton<Modularity.Abstractions.Workspace.IWorkspace, Companies.CompanyWorkspace>();
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
