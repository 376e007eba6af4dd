using AmisModular.SyncHost.Control;
using AmisModular.SyncHost.Hosting;
using AmisModular.SyncHost.Instance;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmisModular.SyncHost.Endpoint;

/// <summary>Runs the control endpoint for the host's lifetime and publishes it in the discovery file.</summary>
public sealed class ControlEndpointService(
    ISyncController controller, SyncHostFiles files, IOptions<SyncHostOptions> options, ILoggerFactory loggers) : IHostedService
{
    private ControlEndpoint? _endpoint;

    public ControlEndpoint? Endpoint => _endpoint;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var secret = ControlSecret.LoadOrCreate(files.SecretPath);
        _endpoint = await ControlEndpoint.StartAsync(controller, secret, options.Value.ControlPort, loggers, cancellationToken);
        new ControlDiscovery(_endpoint.Url, Environment.ProcessId).Write(files.DiscoveryPath);
        loggers.CreateLogger<ControlEndpointService>().LogInformation("Control endpoint at {Url}", _endpoint.Url);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (ControlDiscovery.TryRead(files.DiscoveryPath)?.Pid == Environment.ProcessId)
        {
            File.Delete(files.DiscoveryPath);
        }

        if (_endpoint is not null)
        {
            await _endpoint.DisposeAsync();
        }
    }
}
