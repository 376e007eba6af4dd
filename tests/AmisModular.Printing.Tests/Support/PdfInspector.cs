using System.Diagnostics;
using System.Text.RegularExpressions;
using PdfSharp.Pdf.IO;

namespace AmisModular.Printing.Tests.Support;

/// <summary>Re-opens PDFs with PDFsharp and extracts their text with poppler's pdftotext (a real, independent reader).</summary>
public static partial class PdfInspector
{
    public static int PageCount(string path)
    {
        using var document = PdfReader.Open(path, PdfDocumentOpenMode.Import);
        return document.PageCount;
    }

    /// <summary>Text of the whole document (or one 1-based page) with whitespace runs collapsed to one space.</summary>
    public static string Text(string path, int? page = null)
    {
        var range = page is { } p ? $"-f {p} -l {p} " : string.Empty;
        var raw = Run("pdftotext", $"-enc UTF-8 {range}\"{path}\" -");
        return Spaces().Replace(raw, " ").Trim();
    }

    /// <summary>Text as laid out (pdftotext -layout), for alignment checks.</summary>
    public static string LayoutText(string path) => Run("pdftotext", $"-layout -enc UTF-8 \"{path}\" -");

    public static string Run(string tool, string arguments)
    {
        var info = new ProcessStartInfo(tool, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"'{tool}' is not installed: run build/install-test-prerequisites.sh (poppler-utils).", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{tool} {arguments} failed ({process.ExitCode}): {error}");
            }

            return output;
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
