using Microsoft.Extensions.Configuration;

namespace AmisModular.Modularity.Hosting;

/// <summary>What <see cref="InstallationPaths.Resolve"/> looks at; tests and the shell set each part explicitly.</summary>
public sealed record InstallationPathsRequest
{
    /// <summary><c>--data-dir</c>; wins over <c>AMIS_DATA_DIR</c>.</summary>
    public string? DataDirectoryOption { get; init; }

    /// <summary><c>--modules-root</c>; wins over everything else.</summary>
    public string? ModulesRootOption { get; init; }

    /// <summary>Reads an environment variable; the process environment by default.</summary>
    public Func<string, string?> EnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>appsettings + environment configuration; read for <c>Modularity:ModulesRoot</c>.</summary>
    public IConfiguration? Configuration { get; init; }

    /// <summary>The folder of the running program (its <c>modules</c> subfolder; the start of the search for a source checkout).</summary>
    public string ApplicationBaseDirectory { get; init; } = AppContext.BaseDirectory;

    /// <summary>The per-user application data folder; the data directory defaults to <c>&lt;this&gt;/AmisModular</c>.</summary>
    public string ApplicationDataDirectory { get; init; } =
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
}
