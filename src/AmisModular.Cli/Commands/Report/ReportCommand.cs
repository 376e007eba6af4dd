using AmisModular.Cli.Accounting;
using AmisModular.Cli.Cli;
using AmisModular.Cli.Composition;
using AmisModular.Ledger.Interchange;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AmisModular.Cli.Commands.Report;

/// <summary>
/// `amis report &lt;name&gt; --book --from --to [--account] --format table|json|xlsx|pdf [--out]`: the registered
/// <see cref="IReportRenderer"/> for the name (a module's, else the core fallback) writes the report.
/// </summary>
public sealed class ReportCommand(IAnsiConsole console, InstallationFactory installations) : LedgerCommand<ReportSettings>(installations)
{
    private string report = "trial-balance";

    public override Task<int> ExecuteAsync(CommandContext context, ReportSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        report = context.Data as string ?? context.Name;
        return base.ExecuteAsync(context, settings, cancellationToken);
    }

    protected override async Task<int> ExecuteAsync(LedgerSession session, ReportSettings settings, CancellationToken cancellationToken)
    {
        var format = (settings.Format ?? ReportFormats.Table).Trim().ToLowerInvariant();
        if (!ReportFormats.All.Contains(format))
        {
            throw new CliInputException($"--format phải là table, json, xlsx hoặc pdf / --format must be table, json, xlsx or pdf, not '{settings.Format}'");
        }

        if (settings.Out is null && format is ReportFormats.Xlsx or ReportFormats.Pdf)
        {
            throw new CliInputException($"--format {format} cần --out <tệp> / --format {format} needs --out <file>");
        }

        var company = await CompanySelection.ResolveAsync(session, settings.Company, cancellationToken);
        var from = CliParse.Date(settings.From ?? throw new CliInputException("thiếu --from / --from is required"), "--from");
        var to = CliParse.Date(settings.To ?? throw new CliInputException("thiếu --to / --to is required"), "--to");
        if (to < from)
        {
            throw new CliInputException("--to phải không nhỏ hơn --from / --to must not be before --from");
        }

        var renderer = session.Renderer(report)
            ?? throw new CliNotFoundException($"chưa có báo cáo '{report}': mô-đun cung cấp nó chưa cài, chưa có giấy phép hoặc không trong hồ sơ / no '{report}' report: the module providing it is not installed, licensed or in the profile");
        var request = new ReportRequest(company.Id, CliParse.BookOption(settings.Book), from, to, settings.Account, format);
        if (settings.Out is { } path)
        {
            var temp = path + ".tmp";
            await using (var file = File.Create(temp))
            {
                await renderer.RenderAsync(request, file, cancellationToken);
            }

            File.Move(temp, path, overwrite: true);
            console.WriteLine($"Đã ghi / Written: {path}");
            return ExitCodes.Ok;
        }

        using var buffer = new MemoryStream();
        await renderer.RenderAsync(request, buffer, cancellationToken);
        console.Write(new Text(System.Text.Encoding.UTF8.GetString(buffer.ToArray())));
        console.WriteLine();
        return ExitCodes.Ok;
    }
}
