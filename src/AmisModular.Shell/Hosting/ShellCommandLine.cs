using System.Globalization;

namespace AmisModular.Shell.Hosting;

/// <summary>
/// Reads the shell's own options (--port, --data-dir, --no-browser, --session-minutes) and passes every other
/// argument to ASP.NET Core configuration (e.g. <c>--Shell:Modules:0:Id=cash</c>).
/// </summary>
public static class ShellCommandLine
{
    public static (ShellStartOptions Options, string[] ConfigurationArgs) Parse(IReadOnlyList<string> args)
    {
        var port = 0;
        string? dataDirectory = null;
        var openBrowser = true;
        double? sessionMinutes = null;
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--port":
                    port = ParsePort(Value(args, ref i));
                    break;
                case "--data-dir":
                    dataDirectory = Value(args, ref i);
                    break;
                case "--no-browser":
                    openBrowser = false;
                    break;
                case "--session-minutes":
                    sessionMinutes = ParseMinutes(Value(args, ref i));
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        var folder = Path.GetFullPath(dataDirectory ?? ShellStartOptions.DefaultDataDirectory());
        return (new ShellStartOptions(port, folder, openBrowser, sessionMinutes), [.. rest]);
    }

    private static string Value(IReadOnlyList<string> args, ref int i)
    {
        if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new ShellCommandLineException($"{args[i]} needs a value.");
        }

        return args[++i];
    }

    private static int ParsePort(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 0 and <= 65535
            ? port
            : throw new ShellCommandLineException($"--port must be a number from 0 to 65535, not '{value}'.");

    private static double ParseMinutes(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var minutes) && minutes > 0 && minutes <= 24 * 60
            ? minutes
            : throw new ShellCommandLineException($"--session-minutes must be a number above 0 and at most 1440, not '{value}'.");
}
