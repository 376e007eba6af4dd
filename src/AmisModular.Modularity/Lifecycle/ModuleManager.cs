using AmisModular.Modularity.Abstractions.Modules;
using AmisModular.Modularity.Catalog;
using AmisModular.Modularity.Hosting;
using AmisModular.Modularity.Licensing;
using AmisModular.Modularity.Loading;
using AmisModular.Modularity.Profiles;
using AmisModular.Modularity.Security;
using AmisModular.Modularity.States;
using AmisModular.Modularity.Verification;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AmisModular.Modularity.Lifecycle;

/// <summary>
/// Runs the module lifecycle: <see cref="Discover"/> (no code loaded) → <see cref="ConfigureServices"/> (load each
/// module into its own context and let it register services, dependencies first) → the host builds its container →
/// <see cref="InitializeAsync"/> in the same order → <see cref="StopAsync"/> in reverse. A module that fails is
/// set aside with its reason and the host goes on, unless the module is required.
/// </summary>
public sealed class ModuleManager
{
    private readonly ModuleDiscoverer _discoverer;
    private readonly ModuleAssemblyLoader _loader;
    private readonly IModuleStatusStore _store;
    private readonly ILogger _logger;
    private readonly List<ModuleRuntime> _started = [];
    private ModuleDiscovery? _discovery;

    public ModuleManager(
        ModularityOptions options,
        ILicenceGate licenceGate,
        IDepartmentProfileGate profileGate,
        IModuleStatusStore? store = null,
        ILogger<ModuleManager>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var verifier = new ModulePackageVerifier(new SignatureVerifier(options.LoadTrustedKeys(), options.AllowDevelopmentKeys));
        _discoverer = new ModuleDiscoverer(
            new ModuleCatalog(options.ModulesRoot), verifier, licenceGate, profileGate, options.RequiredModules);
        _loader = new ModuleAssemblyLoader(new SharedAssemblyPolicy(options.SharedAssemblyPrefixes));
        _store = store ?? new ModuleStatusStore(options.StateDirectory);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>The statuses of every installed module version after the last phase run.</summary>
    public IReadOnlyList<ModuleStatus> Statuses => _store.Current;

    /// <summary>The modules that are Active now, in start order.</summary>
    public IReadOnlyList<LoadedModule> ActiveModules => [.. _started.Where(m => m.IsActive).Select(m => m.Loaded!)];

    /// <summary>Decides which modules may start and why the others may not, without loading code or saving state.</summary>
    public ModuleDiscovery Discover() => _discoverer.Discover();

    /// <summary>Discovers, loads and lets each module register its services. Saves the statuses.</summary>
    /// <exception cref="RequiredModuleFailedException">A required module is not Active.</exception>
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (_discovery is not null)
        {
            throw new InvalidOperationException("ConfigureServices has already run for this ModuleManager.");
        }

        _discovery = Discover();
        foreach (var module in _discovery.StartOrder)
        {
            var runtime = new ModuleRuntime(module);
            _started.Add(runtime);
            if (DependencyNotActive(runtime) is { } reason)
            {
                runtime.Fail(ModuleState.MissingDependency, reason);
                continue;
            }

            runtime.Timed(() => LoadAndConfigure(runtime, services, configuration));
        }

        Publish();
    }

    /// <summary>Initializes the configured modules against the built container, dependencies first. Saves the statuses.</summary>
    /// <exception cref="RequiredModuleFailedException">A required module is not Active.</exception>
    public async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        foreach (var runtime in _started.Where(m => m.IsActive))
        {
            if (DependencyNotActive(runtime) is { } reason)
            {
                // Its services are in the container already (Microsoft DI cannot remove them), but it never initializes.
                runtime.Fail(ModuleState.MissingDependency, reason);
                continue;
            }

            await runtime.TimedAsync(() => Initialize(runtime, services, cancellationToken));
        }

        Publish();
    }

    /// <summary>Stops the initialized modules in reverse order; a module that throws is logged and the rest still stop.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var runtime in Enumerable.Reverse(_started).Where(m => m.Initialized))
        {
            try
            {
                await runtime.Loaded!.Instance.StopAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _logger.LogError(ex, "Module {ModuleId} threw while stopping", runtime.Descriptor.Id);
            }

            runtime.Initialized = false;
        }
    }

    private void LoadAndConfigure(ModuleRuntime runtime, IServiceCollection services, IConfiguration configuration)
    {
        var module = runtime.Descriptor;
        try
        {
            runtime.Loaded = _loader.Load(module);
        }
        catch (ModuleLoadException ex)
        {
            runtime.Fail(ModuleState.Malfunctioned, ex.Message);
            return;
        }

        var context = new ModuleContext(module.Id, module.Version, module.Directory, module.Manifest.Schema, configuration);
        var before = services.Count;
        try
        {
            runtime.Loaded.Instance.ConfigureServices(services, context);
            runtime.Succeed("configured; not initialized yet");
        }
        catch (Exception ex)
        {
            // Take back what the module registered before it threw: no half-registered module in the container.
            while (services.Count > before)
            {
                services.RemoveAt(services.Count - 1);
            }

            runtime.Fail(ModuleState.Malfunctioned, $"ConfigureServices threw {ex.GetType().Name}: {ex.Message}");
        }
    }

    private static async Task Initialize(ModuleRuntime runtime, IServiceProvider services, CancellationToken cancellationToken)
    {
        try
        {
            await runtime.Loaded!.Instance.InitializeAsync(services, cancellationToken);
            runtime.Initialized = true;
            runtime.Succeed("started / đang chạy");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            runtime.Fail(ModuleState.Malfunctioned, $"InitializeAsync threw {ex.GetType().Name}: {ex.Message}");
        }
    }

    private string? DependencyNotActive(ModuleRuntime runtime)
    {
        foreach (var dependency in runtime.Descriptor.Manifest.Dependencies)
        {
            var provider = _started.FirstOrDefault(m => m.Descriptor.Id == dependency.Id);
            if (provider is { IsActive: false })
            {
                return $"requires {dependency.Id} {dependency.Range.ToNormalizedString()} but {dependency.Id} {provider.Descriptor.Version} is {provider.State}: {provider.Reason}";
            }
        }

        return null;
    }

    private void Publish()
    {
        var statuses = _started.Select(m => m.ToStatus()).Concat(_discovery!.SetAside)
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .ThenByDescending(s => NuGet.Versioning.NuGetVersion.TryParse(s.Version, out var v) ? v : null)
            .ToList();
        _store.Save(statuses);
        if (_logger.IsEnabled(LogLevel.Information))
        {
            foreach (var status in statuses)
            {
                var (id, version, state, reason, loadTime) = (status.Id, status.Version, status.State, status.Reason, status.LoadTime);
                _logger.LogInformation("Module {ModuleId} {Version}: {State} ({Reason}) in {LoadTime}", id, version, state, reason, loadTime);
            }
        }

        ThrowIfRequiredFailed(statuses);
    }

    private void ThrowIfRequiredFailed(List<ModuleStatus> statuses)
    {
        foreach (var id in _discovery!.RequiredIds.Order(StringComparer.Ordinal))
        {
            var mine = statuses.Where(s => s.Id == id).ToList();
            if (mine.Any(s => s.IsActive))
            {
                continue;
            }

            var why = mine.FirstOrDefault(s => s.State != ModuleState.Superseded) ?? mine.FirstOrDefault();
            throw new RequiredModuleFailedException(id, why?.State, why?.Reason ?? "not installed / chưa cài đặt");
        }
    }

    /// <summary>Checks one package folder (e.g. <c>amis modules verify ./out/cash/1.2.0</c>): manifest, signature, files.</summary>
    /// <exception cref="Manifests.ModuleManifestException">The manifest is missing or invalid.</exception>
    public static PackageVerification VerifyPackage(string folder, ModularityOptions options, bool checkFolderNames = false)
    {
        ArgumentNullException.ThrowIfNull(options);
        var package = ModuleCatalog.ReadPackage(folder, checkFolderNames);
        var verifier = new ModulePackageVerifier(new SignatureVerifier(options.LoadTrustedKeys(), options.AllowDevelopmentKeys));
        return verifier.Verify(package);
    }
}
