using AmisModular.Vendor.Keys;
using AmisModular.Vendor.Licences;
using AmisModular.Vendor.Modules;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AmisModular.Vendor.Cli;

/// <summary>The amis-vendor command line; tests run it in-process with their own console.</summary>
public static class VendorApp
{
    public static int Run(string[] args, IAnsiConsole? console = null)
    {
        var output = console ?? AnsiConsole.Console;
        if (console is null && Console.IsOutputRedirected)
        {
            // Build logs and scripts read whole lines: do not wrap paths at a guessed 80 columns.
            output.Profile.Width = 4096;
        }

        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("amis-vendor");
            config.ConfigureConsole(output);
            config.SetExceptionHandler((exception, _) => Fail(output, exception));
            config.AddBranch("keys", keys => keys.AddCommand<CreateKeysCommand>("create"));
            config.AddBranch("licence", licence =>
            {
                licence.AddCommand<IssueLicenceCommand>("issue");
                licence.AddCommand<VerifyLicenceCommand>("verify");
            });
            config.AddBranch("module", module => module.AddCommand<PackModuleCommand>("pack"));
        });
        return app.Run(args);
    }

    private static int Fail(IAnsiConsole console, Exception exception)
    {
        var (code, message) = exception switch
        {
            VendorInputException e => (ExitCodes.InvalidInput, e.Message),
            CommandAppException e => (ExitCodes.InvalidInput, $"lệnh không hợp lệ / invalid command: {e.Message}"),
            IOException or UnauthorizedAccessException => (ExitCodes.OutputFailed, $"không ghi được / cannot write: {exception.Message}"),
            _ => (ExitCodes.OutputFailed, $"lỗi không mong đợi / unexpected error: {exception}"),
        };
        console.Write(new Text("lỗi / error: " + message + Environment.NewLine));
        return code;
    }
}
