using AmisModular.Ledger.Errors;
using AmisModular.Modularity.Lifecycle;
using AmisModular.Storage.Migrating;
using AmisModular.Storage.UnitOfWork;
using AmisModular.Sync.Engine;
using AmisModular.Sync.Http;
using AmisModular.SyncHost.Engine;
using AmisModular.SyncHost.Hosting;
using AmisModular.SyncHost.Instance;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AmisModular.SyncHost.Enrollment;

/// <summary>
/// <c>amis-sync enroll --cloud URL --code CODE [--name DEVICE]</c>: enrolls this installation with a one-time code,
/// stores the device credential in the store (engine.EnrollAsync) and the cloud address beside it for the resident host.
/// In the same local transaction the store joins the tenant's company (<see cref="LedgerEnrollmentJoin"/>): an empty
/// store gets it with its fiscal years and this device's number series; a store of another company is refused unchanged.
/// Other arguments are configuration (e.g. <c>--SyncHost:StorePath=...</c>).
/// </summary>
public static class EnrollCommand
{
    public const string Name = "enroll";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        EnrollRequestArgs request;
        try
        {
            request = EnrollRequestArgs.Parse(args);
        }
        catch (EnrollArgumentException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return ExitCodes.Usage;
        }

        var builder = Host.CreateApplicationBuilder(request.ConfigurationArgs);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var options = SyncHostBuilderExtensions.ReadOptions(builder.Configuration);
        SyncEngineComposition.AddInstallation(builder, options, options.LoadModules, syncs: true);
        SyncEngineComposition.AddEngine(builder.Services, request.Cloud, options.Sync);
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            var order = host.Services.GetService<ModuleManager>()?.ActiveModules.Select(m => m.Descriptor.Id).ToList();
            await host.Services.GetRequiredService<StoreMigrator>().MigrateAsync(order, CancellationToken.None);
            var store = host.Services.GetRequiredService<IStore>();
            var emptyStore = await JoinedCompanySummary.CompanyCountAsync(store, CancellationToken.None) == 0;
            var credential = await host.Services.GetRequiredService<SyncEngine>().EnrollAsync(request.Code, request.DeviceName, CancellationToken.None);
            CloudAddressFile.Write(options.StorePath!, request.Cloud);
            await output.WriteLineAsync(
                $"Đã đăng ký / Enrolled: device {credential.DeviceId} tenant {credential.TenantTaxCode} company {credential.CompanyId} " +
                $"book {credential.BookId} series {credential.Series} cloud {request.Cloud} store {options.StorePath}");
            foreach (var line in await JoinedCompanySummary.LinesAsync(store, credential.CompanyId, emptyStore, CancellationToken.None))
            {
                await output.WriteLineAsync(line);
            }

            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is SyncApiException or CloudUnreachableException)
        {
            await error.WriteLineAsync($"Không đăng ký được với {request.Cloud}. / Enrollment with {request.Cloud} failed: {ex.Message}");
            return ExitCodes.Failed;
        }
        catch (LedgerException ex)
        {
            // The store keeps another company (or the cloud's company data is unusable): nothing was written locally.
            await error.WriteLineAsync($"Không đăng ký được: {ex.Text.Vi} / Enrollment refused: {ex.Text.En}");
            return ExitCodes.Failed;
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
