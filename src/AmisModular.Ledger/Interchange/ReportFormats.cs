namespace AmisModular.Ledger.Interchange;

/// <summary>The output formats of <c>amis report</c>; "table" is the plain-text table for a console.</summary>
public static class ReportFormats
{
    public const string Table = "table";
    public const string Json = "json";
    public const string Xlsx = "xlsx";
    public const string Pdf = "pdf";

    public static IReadOnlyList<string> All { get; } = [Table, Json, Xlsx, Pdf];
}
