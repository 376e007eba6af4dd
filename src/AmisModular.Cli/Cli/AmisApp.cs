using System.Reflection;
using AmisModular.Cli.Commands.Account;
using AmisModular.Cli.Commands.Book;
using AmisModular.Cli.Commands.Company;
using AmisModular.Cli.Commands.Doc;
using AmisModular.Cli.Commands.Licence;
using AmisModular.Cli.Commands.Modules;
using AmisModular.Cli.Commands.Partner;
using AmisModular.Cli.Commands.Period;
using AmisModular.Cli.Commands.Print;
using AmisModular.Cli.Commands.Profile;
using AmisModular.Cli.Commands.Report;
using AmisModular.Cli.Composition;
using AmisModular.Ledger.Errors;
using Spectre.Console;
using Spectre.Console.Cli;

namespace AmisModular.Cli.Cli;

/// <summary>The <c>amis</c> command line; tests run it in-process with their own console and environment.</summary>
public static class AmisApp
{
    public static int Run(string[] args, IAnsiConsole? console = null, CliEnvironment? environment = null)
    {
        var output = console ?? AnsiConsole.Console;
        if (console is null && Console.IsOutputRedirected)
        {
            // Scripts read whole lines: do not wrap paths and reasons at a guessed 80 columns.
            output.Profile.Width = 4096;
        }

        var registrar = new TypeRegistrar(CliServices.Create(output, environment ?? CliEnvironment.FromProcess()));
        var app = new CommandApp(registrar);
        app.Configure(config =>
        {
            config.SetApplicationName("amis");
            config.SetApplicationVersion(Version);
            config.ConfigureConsole(output);
            config.SetExceptionHandler((exception, _) => Fail(output, exception));
            AddCommands(config);
        });
        return app.Run(args);
    }

    public static string Version { get; } =
        typeof(AmisApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>One branch per command group.</summary>
    private static void AddCommands(IConfigurator config)
    {
        AddInstallationCommands(config);
        LedgerCommands.Add(config);
    }

    private static void AddInstallationCommands(IConfigurator config)
    {
        config.AddBranch("modules", modules =>
        {
            modules.SetDescription("Mô-đun đã cài / installed modules");
            modules.AddCommand<ListModulesCommand>("list")
                .WithDescription("Liệt kê mô-đun, trạng thái và lý do / list modules with state and reason")
                .WithExample("modules", "list", "--format", "json");
            modules.AddCommand<VerifyModuleCommand>("verify")
                .WithDescription("Kiểm tra chữ ký, mã băm và manifest của một gói / verify a package's signature, hashes and manifest")
                .WithExample("modules", "verify", "artifacts/modules/cash/1.0.0");
        });
        config.AddBranch("licence", licence =>
        {
            licence.SetDescription("Giấy phép / licence");
            licence.AddCommand<ShowLicenceCommand>("show")
                .WithDescription("Hiển thị giấy phép, tệp và khóa tin cậy / show the licence, its file and the trusted keys");
            licence.AddCommand<InstallLicenceCommand>("install")
                .WithDescription("Kiểm tra rồi cài tệp giấy phép / verify, then install a licence file")
                .WithExample("licence", "install", "licence.json");
        });
        config.AddBranch("profile", profile =>
        {
            profile.SetDescription("Hồ sơ phòng ban của máy này / this device's department profile");
            profile.AddCommand<ShowProfileCommand>("show")
                .WithDescription("Hồ sơ đang gán và các hồ sơ có sẵn / the assigned profile and those available");
            profile.AddCommand<AssignProfileCommand>("assign")
                .WithDescription("Gán hồ sơ phòng ban cho máy này / assign a department profile to this device")
                .WithExample("profile", "assign", "tax-office");
        });
    }

    private static int Fail(IAnsiConsole console, Exception exception)
    {
        var (code, message) = exception switch
        {
            CliInputException e => (ExitCodes.InvalidInput, e.Message),
            CliNotFoundException e => (ExitCodes.VerificationFailed, e.Message),
            NotFoundException e => (ExitCodes.VerificationFailed, e.Message),
            LedgerException e => (ExitCodes.InvalidInput, $"{e.Text.Vi} / {e.Text.En}"),
            CommandAppException e => (ExitCodes.InvalidInput, $"lệnh không hợp lệ / invalid command: {e.Message}"),
            _ => (ExitCodes.Unexpected, $"lỗi không mong đợi / unexpected error: {exception}"),
        };
        console.Write(new Text("lỗi / error: " + message + Environment.NewLine));
        return code;
    }
}
