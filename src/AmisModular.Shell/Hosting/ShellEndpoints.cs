using AmisModular.Shell.Localization;
using AmisModular.Shell.Modules;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;

namespace AmisModular.Shell.Hosting;

/// <summary>The shell's few HTTP endpoints besides the Razor components.</summary>
public static class ShellEndpoints
{
    public const string SessionCheckPath = "/account/session";

    public static void MapShellEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Text("ok")).AllowAnonymous();
        app.MapGet("/culture/set", SetCulture).AllowAnonymous();
        app.MapPost("/account/logout", LogoutAsync);

        // Activity ping: an authenticated request, so the cookie middleware slides the expiry.
        app.MapPost("/account/ping", () => Results.NoContent());

        // Liveness check without sliding (see the cookie options): 204 while signed in, 401 when expired.
        app.MapGet(SessionCheckPath, (HttpContext context) =>
            context.User.Identity?.IsAuthenticated == true ? Results.NoContent() : Results.Unauthorized()).AllowAnonymous();

        app.MapGet("/_modules/{moduleId}/{**path}", (string moduleId, string path, ModuleStaticFiles files, IModuleDirectory directory) =>
            files.ServeAsync(moduleId, path, directory)).AllowAnonymous();
    }

    private static IResult SetCulture(HttpContext context, string? culture, string? redirectUri)
    {
        var uiCulture = ShellCultures.IsSupported(culture) ? culture! : ShellCultures.Vietnamese;
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(ShellCultures.Vietnamese, uiCulture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        return Results.LocalRedirect(IsLocal(redirectUri) ? redirectUri! : "/");
    }

    private static async Task<IResult> LogoutAsync(HttpContext context, IAntiforgery antiforgery)
    {
        await antiforgery.ValidateRequestAsync(context);
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.LocalRedirect("/login?loggedOut=1");
    }

    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
