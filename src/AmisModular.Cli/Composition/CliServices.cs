using AmisModular.Cli.Cli;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace AmisModular.Cli.Composition;

/// <summary>
/// The composition root of the command line. Commands get the console and an <see cref="InstallationFactory"/>;
/// they open an <see cref="Installation"/> once their options (--data-dir, --modules-root) are parsed.
/// </summary>
public static class CliServices
{
    public static IServiceCollection Create(IAnsiConsole console, CliEnvironment environment)
    {
        var services = new ServiceCollection();
        services.AddSingleton(console);
        services.AddSingleton(environment);
        services.AddSingleton<InstallationFactory>();
        return services;
    }
}
