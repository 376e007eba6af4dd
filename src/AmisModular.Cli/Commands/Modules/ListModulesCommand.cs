using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using AmisModular.Cli.Cli;
using AmisModular.Cli.Composition;
using AmisModular.Modularity.States;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AmisModular.Cli.Commands.Modules;

/// <summary>`amis modules list`: every installed module version with its state and reason.</summary>
public sealed class ListModulesCommand(IAnsiConsole console, InstallationFactory installations) : Command<ListModulesSettings>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public override int Execute(CommandContext context, ListModulesSettings settings, CancellationToken cancellationToken)
    {
        using var installation = installations.Open(settings);
        var listing = Read(installation);
        if (!listing.ModulesRootExists && installation.Paths.ModulesRootIsExplicit)
        {
            throw new CliNotFoundException(
                $"không có thư mục mô-đun / modules root not found: {installation.Paths.DescribeModulesRoot()}");
        }

        if (settings.Format == ListModulesSettings.Json)
        {
            console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(listing, Json));
            return ExitCodes.Ok;
        }

        WriteTables(listing, installation);
        return ExitCodes.Ok;
    }

    private static ModuleListing Read(Installation installation)
    {
        var paths = installation.Paths;
        var exists = Directory.Exists(paths.ModulesRoot);
        var discovery = exists ? installation.CreateModuleManager().Discover().Statuses : [];
        var stateFile = Path.Combine(paths.StateDirectory, ModuleStatusStore.FileName);
        var lastStart = File.Exists(stateFile) ? ModuleStatusStore.ReadFile(paths.StateDirectory) : null;
        DateTimeOffset? writtenAt = lastStart is null ? null : File.GetLastWriteTimeUtc(stateFile);
        return new ModuleListing(
            paths.ModulesRoot, paths.ModulesRootSource.ToString(), exists, discovery, stateFile, writtenAt, lastStart);
    }

    private void WriteTables(ModuleListing listing, Installation installation)
    {
        console.WriteLine($"Môi trường / Environment: {installation.EnvironmentName}");
        console.WriteLine($"Thư mục mô-đun / Modules root: {installation.Paths.DescribeModulesRoot()}");
        console.WriteLine();
        console.WriteLine("Nguồn: khám phá ngay bây giờ, chưa chạy mã mô-đun / Source: discovery now (no module code started)");
        if (!listing.ModulesRootExists)
        {
            console.WriteLine("Chưa cài mô-đun nào (thư mục chưa có) / No modules installed yet (the folder does not exist)");
        }
        else if (listing.Discovery.Count == 0)
        {
            console.WriteLine("Chưa cài mô-đun nào / No modules installed");
        }
        else
        {
            console.Write(StatusTable(listing.Discovery));
        }

        console.WriteLine();
        if (listing.LastStart is null)
        {
            console.WriteLine($"Chưa có lần khởi động nào / No start recorded yet ({listing.StateFile} not found)");
            return;
        }

        var written = listing.LastStartWrittenAt!.Value.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
        console.WriteLine($"Nguồn: lần khởi động trước / Source: last start, {listing.StateFile} (written {written})");
        console.Write(StatusTable(listing.LastStart));
    }

    private static Table StatusTable(IReadOnlyList<ModuleStatus> statuses)
    {
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumns("Mã / Id", "Phiên bản / Version", "Trạng thái / State", "Lý do / Reason", "Thời gian nạp / Load time");
        foreach (var status in statuses)
        {
            table.AddRow(
                Markup.Escape(status.Id),
                Markup.Escape(status.Version),
                status.State.ToString(),
                Markup.Escape(status.Reason),
                status.LoadTime is { } time ? $"{time.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture)} ms" : "—");
        }

        return table;
    }
}
