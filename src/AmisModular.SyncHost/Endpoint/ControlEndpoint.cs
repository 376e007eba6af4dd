using System.Net;
using AmisModular.SyncHost.Control;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AmisModular.SyncHost.Endpoint;

/// <summary>
/// The local control endpoint the shell talks to: Kestrel bound to 127.0.0.1 only (never a wildcard, never ::1
/// alone), every request authenticated by the installation's bearer secret.
/// GET /status, POST /sync-now, POST /download-now, POST /pause, POST /resume, POST /notices/read/{newest id}.
/// </summary>
public sealed class ControlEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ControlEndpoint(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    /// <summary>The bound address, e.g. http://127.0.0.1:41235/.</summary>
    public Uri Url { get; }

    /// <param name="port">0 picks a free port.</param>
    public static async Task<ControlEndpoint> StartAsync(
        ISyncController controller, ControlSecret secret, int port, ILoggerFactory? loggerFactory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(secret);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "amis-sync-control" });
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        if (loggerFactory is not null)
        {
            builder.Services.AddSingleton(loggerFactory);
        }

        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            if (!IsAuthorized(context.Request, secret))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                context.Response.Headers.WWWAuthenticate = "Bearer";
                return;
            }

            await next(context);
        });
        MapRoutes(app, controller);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new ControlEndpoint(app, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static void MapRoutes(WebApplication app, ISyncController controller)
    {
        app.MapGet("/status", () => Results.Json(controller.Current, ControlJson.Options));
        app.MapPost("/sync-now", async (CancellationToken ct) => Results.Json(await controller.SyncNowAsync(ct), ControlJson.Options));
        app.MapPost("/download-now", async (CancellationToken ct) => Results.Json(await controller.DownloadNowAsync(ct), ControlJson.Options));
        app.MapPost("/pause", () =>
        {
            controller.Pause();
            return Results.Json(controller.Current, ControlJson.Options);
        });
        // The shell showed the notices up to this id: they stop counting as unread (kept in sync-host-state.json).
        app.MapPost("/notices/read/{newest:guid}", async (Guid newest, CancellationToken ct) =>
        {
            await controller.MarkNoticesReadAsync(newest, ct);
            return Results.Json(controller.Current, ControlJson.Options);
        });
        app.MapPost("/resume", () =>
        {
            controller.Resume();
            return Results.Json(controller.Current, ControlJson.Options);
        });
    }

    private static bool IsAuthorized(HttpRequest request, ControlSecret secret)
    {
        const string scheme = "Bearer ";
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith(scheme, StringComparison.Ordinal) && secret.Matches(header.AsSpan(scheme.Length).Trim());
    }
}
