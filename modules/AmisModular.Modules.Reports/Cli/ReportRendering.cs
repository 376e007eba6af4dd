using AmisModular.Ledger.Errors;
using AmisModular.Ledger.Interchange;
using AmisModular.Modules.Reports.Common;
using AmisModular.Printing.Tables;

namespace AmisModular.Modules.Reports.Cli;

/// <summary>What the module's <c>amis report</c> renderers share: building a table safely and writing it in the CLI format.</summary>
internal static class ReportRendering
{
    /// <summary>
    /// Builds the table and writes it ("table" = the plain-text writer). A bad request field becomes a
    /// <see cref="DocumentValidationException"/> naming the CLI option, so <c>amis</c> exits 1 with the reason.
    /// </summary>
    public static async Task WriteAsync(Func<Task<ReportTable>> build, string format, Stream output)
    {
        ReportTable table;
        try
        {
            table = await build();
        }
        catch (ReportRequestException e)
        {
            throw new DocumentValidationException([new ValidationError(OptionOf(e.Field), e.Text)]);
        }

        ReportTableWriters.ForFormat(format == ReportFormats.Table ? "text" : format).Write(table, output);
    }

    public static string OptionOf(string field) => field switch
    {
        "From" => "--from",
        "To" => "--to",
        "Book" => "--book",
        "AccountCode" => "--account",
        "CompanyId" => "--company",
        _ => field,
    };
}
