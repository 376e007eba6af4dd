using System.Globalization;
using AmisModular.SyncHost.Enrollment;

namespace AmisModular.Sync.Tests.Infrastructure;

/// <summary>
/// <c>amis-sync enroll</c> run in this process (the command's own host: store, ledger, engine and the ledger's join),
/// on the store file a <see cref="ClientNode"/> of the same directory, name and device id opens afterwards.
/// </summary>
public sealed record EnrollCommandRun(int ExitCode, string Output, string Error)
{
    public static async Task<EnrollCommandRun> RunAsync(string directory, string name, Guid deviceId, Uri cloud, string code)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var exit = await EnrollCommand.RunAsync(
        [
            "--cloud", cloud.ToString(), "--code", code, "--name", name,
            $"--SyncHost:StorePath={Path.Combine(directory, $"{name}.db")}",
            $"--SyncHost:DataDirectory={Path.Combine(directory, $"{name}-data")}",
            "--SyncHost:LoadModules=false",
            $"--Store:DeviceId={deviceId}",
            "--Store:Pooling=false",
            "--Logging:LogLevel:Default=Warning",
        ], output, error);
        return new EnrollCommandRun(exit, output.ToString(), error.ToString());
    }

    public override string ToString() => $"exit {ExitCode}\n{Output}\n{Error}";
}
