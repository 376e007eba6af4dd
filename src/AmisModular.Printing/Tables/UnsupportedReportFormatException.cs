namespace AmisModular.Printing.Tables;

/// <summary>No writer for the requested output format; the message lists the supported ones.</summary>
public sealed class UnsupportedReportFormatException : Exception
{
    public UnsupportedReportFormatException(string format, IEnumerable<string> supported)
        : base($"Không hỗ trợ định dạng '{format}'; hãy chọn một trong: {string.Join(", ", supported)}. / " +
               $"Unsupported report format '{format}'; use one of: {string.Join(", ", supported)}.")
    {
        Format = format;
    }

    public UnsupportedReportFormatException()
    {
        Format = string.Empty;
    }

    public UnsupportedReportFormatException(string message)
        : base(message)
    {
        Format = string.Empty;
    }

    public UnsupportedReportFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Format = string.Empty;
    }

    public string Format { get; }
}
