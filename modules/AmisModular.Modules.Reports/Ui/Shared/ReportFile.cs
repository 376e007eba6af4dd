using AmisModular.Printing.Tables;
using Microsoft.JSInterop;

namespace AmisModular.Modules.Reports.Ui.Shared;

/// <summary>
/// A report as a downloadable file, written by the Printing writers (PDF, XLSX). The browser receives it as a data
/// stream (<see cref="DotNetStreamReference"/>) through the module's reports.js: a module cannot map endpoints.
/// </summary>
public sealed record ReportFile(string FileName, string ContentType, byte[] Content)
{
    public const string ScriptPath = "./_modules/reports/reports.js";

    /// <exception cref="UnsupportedReportFormatException">A format the Printing writers do not know.</exception>
    public static ReportFile Build(ReportTable table, string format, string baseName)
    {
        ArgumentNullException.ThrowIfNull(table);
        var writer = ReportTableWriters.ForFormat(format);
        using var buffer = new MemoryStream();
        writer.Write(table, buffer);
        return new ReportFile(baseName + writer.FileExtension, writer.ContentType, buffer.ToArray());
    }

    public async Task DownloadAsync(IJSRuntime js)
    {
        ArgumentNullException.ThrowIfNull(js);
        await using var script = await js.InvokeAsync<IJSObjectReference>("import", ScriptPath);
        using var stream = new DotNetStreamReference(new MemoryStream(Content), leaveOpen: false);
        await script.InvokeVoidAsync("download", FileName, ContentType, stream);
    }
}
