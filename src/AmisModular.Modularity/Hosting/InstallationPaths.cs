namespace AmisModular.Modularity.Hosting;

/// <summary>
/// Where an installation keeps its files, shared by the CLI and the shell so both read the same licence, profile and
/// module states. Everything but the modules root lives under the data directory.
/// </summary>
/// <param name="DataDirectory"><c>--data-dir</c>, else <c>AMIS_DATA_DIR</c>, else the OS app-data folder + AmisModular.</param>
/// <param name="ModulesRoot">The folder of <c>&lt;id&gt;/&lt;version&gt;/</c> packages; see <see cref="ModulesRootSource"/>.</param>
/// <param name="SourceCheckoutRoot">The folder holding AmisModular.sln above the program, when run from a source checkout.</param>
public sealed record InstallationPaths(
    string DataDirectory,
    string ModulesRoot,
    ModulesRootSource ModulesRootSource,
    string? SourceCheckoutRoot)
{
    public const string DataDirectoryVariable = "AMIS_DATA_DIR";
    public const string ModulesRootVariable = "AMIS_MODULES_ROOT";
    public const string ProductFolderName = "AmisModular";
    public const string SolutionFileName = "AmisModular.sln";

    /// <summary>Where the host writes <c>module-states.json</c> after each start.</summary>
    public string StateDirectory => Path.Combine(DataDirectory, "state");

    /// <summary>The installed licence (<c>amis licence install</c> writes it).</summary>
    public string LicenceFilePath => Path.Combine(DataDirectory, "licence", "licence.json");

    /// <summary>The department profiles IT provides, one <c>&lt;name&gt;.json</c> each.</summary>
    public string ProfilesFolder => Path.Combine(DataDirectory, "profiles");

    /// <summary>The device's profile assignment <c>{"profile": "..."}</c> (<c>amis profile assign</c> writes it).</summary>
    public string AssignmentFilePath => Path.Combine(DataDirectory, "device-profile.json");

    /// <summary>build/keys/dev-signing-key.pub.pem of the source checkout, when there is one.</summary>
    public string? DevelopmentKeyFile => InCheckout("build", "keys", "dev-signing-key.pub.pem");

    /// <summary>build/keys/dev-licence.json of the source checkout, when there is one.</summary>
    public string? DevelopmentLicenceFile => InCheckout("build", "keys", "dev-licence.json");

    /// <summary>True when the modules root was named explicitly (option, environment or configuration).</summary>
    public bool ModulesRootIsExplicit =>
        ModulesRootSource is ModulesRootSource.CommandOption or ModulesRootSource.EnvironmentVariable or ModulesRootSource.Configuration;

    public static InstallationPaths Resolve(InstallationPathsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var appBase = Path.GetFullPath(request.ApplicationBaseDirectory);
        var checkout = FindSourceCheckout(appBase);
        var dataDirectory = FirstSet(request.DataDirectoryOption, request.EnvironmentVariable(DataDirectoryVariable)) is { } data
            ? Path.GetFullPath(data)
            : Path.Combine(request.ApplicationDataDirectory, ProductFolderName);
        var (modulesRoot, source) = ResolveModulesRoot(request, appBase, checkout);
        return new InstallationPaths(dataDirectory, modulesRoot, source, checkout);
    }

    /// <summary>The nearest folder at or above <paramref name="start"/> that holds AmisModular.sln.</summary>
    public static string? FindSourceCheckout(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFileName)))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    /// <summary>A person-readable line: "modules root /x (from --modules-root)".</summary>
    public string DescribeModulesRoot() => ModulesRootSource switch
    {
        ModulesRootSource.CommandOption => $"{ModulesRoot} (--modules-root)",
        ModulesRootSource.EnvironmentVariable => $"{ModulesRoot} ({ModulesRootVariable})",
        ModulesRootSource.Configuration => $"{ModulesRoot} (Modularity:ModulesRoot)",
        ModulesRootSource.ApplicationFolder => $"{ModulesRoot} (thư mục chương trình / application folder)",
        ModulesRootSource.SourceCheckout => $"{ModulesRoot} (mã nguồn / source checkout artifacts)",
        _ => $"{ModulesRoot} (mặc định, chưa có / default, does not exist)",
    };

    private static (string Root, ModulesRootSource Source) ResolveModulesRoot(
        InstallationPathsRequest request, string appBase, string? checkout)
    {
        if (!string.IsNullOrWhiteSpace(request.ModulesRootOption))
        {
            return (Path.GetFullPath(request.ModulesRootOption), ModulesRootSource.CommandOption);
        }

        if (request.EnvironmentVariable(ModulesRootVariable) is { Length: > 0 } fromEnvironment)
        {
            return (Path.GetFullPath(fromEnvironment), ModulesRootSource.EnvironmentVariable);
        }

        // A relative path in appsettings.json means relative to the program, where that file lives.
        if (request.Configuration?[$"{ModularityOptions.SectionName}:{nameof(ModularityOptions.ModulesRoot)}"] is { Length: > 0 } configured)
        {
            return (Path.GetFullPath(configured, appBase), ModulesRootSource.Configuration);
        }

        var beside = Path.Combine(appBase, "modules");
        if (Directory.Exists(beside))
        {
            return (beside, ModulesRootSource.ApplicationFolder);
        }

        return checkout is not null
            ? (Path.Combine(checkout, "artifacts", "modules"), ModulesRootSource.SourceCheckout)
            : (beside, ModulesRootSource.Default);
    }

    private static string? FirstSet(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private string? InCheckout(params string[] parts)
    {
        if (SourceCheckoutRoot is null)
        {
            return null;
        }

        var path = Path.Combine([SourceCheckoutRoot, .. parts]);
        return File.Exists(path) ? path : null;
    }
}
