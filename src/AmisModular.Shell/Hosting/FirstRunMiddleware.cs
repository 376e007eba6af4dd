using AmisModular.Shell.Security;
using Microsoft.AspNetCore.Http;

namespace AmisModular.Shell.Hosting;

/// <summary>Until the first user exists, every page request goes to <c>/first-run</c>.</summary>
public sealed class FirstRunMiddleware(RequestDelegate next)
{
    private static readonly string[] PassThrough =
    [
        "/first-run", "/_framework", "/_content", "/_blazor", "/_modules", "/css", "/js", "/culture", "/healthz", "/favicon",
    ];

    private volatile bool hasUsers;

    public async Task InvokeAsync(HttpContext context, IShellUserStore users)
    {
        if (!hasUsers && !PassThrough.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            hasUsers = await users.AnyUserAsync(context.RequestAborted);
            if (!hasUsers)
            {
                context.Response.Redirect("/first-run");
                return;
            }
        }

        await next(context);
    }
}
