using AmisModular.Ledger.Interchange;
using AmisModular.Printing.Tables;

namespace AmisModular.Cli.Accounting.Reports;

/// <summary>Writes a report table in a CLI format ("table" = the plain-text table).</summary>
public static class ReportOutput
{
    public static void Write(ReportTable table, string format, Stream output) =>
        ReportTableWriters.ForFormat(format == ReportFormats.Table ? "text" : format).Write(table, output);
}
