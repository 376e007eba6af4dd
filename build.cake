// AmisModular build: Clean, Restore, Build, Test, Package.
// `dotnet cake --target=Test` is what `bash build/test.sh` (the README's test command) runs.
using System.Xml.Linq;

var target = Argument("target", "Test");
var configuration = Argument("configuration", "Release");
var testFilter = Argument("filter", string.Empty);

var solution = File("./AmisModular.sln");
var artifacts = Directory("./artifacts");
var testResults = artifacts + Directory("test-results");

Task("Clean")
    .Does(() =>
{
    CleanDirectory(artifacts);
    DotNetClean(solution, new DotNetCleanSettings { Configuration = configuration });
});

Task("Restore")
    .Does(() => DotNetRestore(solution));

Task("Build")
    .IsDependentOn("Restore")
    .Does(() =>
{
    DotNetBuild(solution, new DotNetBuildSettings { Configuration = configuration, NoRestore = true });
});

Task("Test")
    .IsDependentOn("Build")
    .Does(() =>
{
    CleanDirectory(testResults);
    var projects = GetFiles("./tests/**/*.Tests.csproj");
    var failedProjects = new List<string>();
    foreach (var project in projects)
    {
        var name = project.GetFilenameWithoutExtension().ToString();
        var settings = new DotNetTestSettings
        {
            Configuration = configuration,
            NoBuild = true,
            NoRestore = true,
            ResultsDirectory = testResults + Directory(name),
            Loggers = new[] { $"trx;LogFileName={name}.trx", "console;verbosity=minimal" },
        };
        if (!string.IsNullOrEmpty(testFilter))
        {
            settings.Filter = testFilter;
        }

        try
        {
            DotNetTest(project.FullPath, settings);
        }
        catch (Exception e)
        {
            Warning($"{name}: {e.Message}");
            failedProjects.Add(name);
        }
    }

    // CI reads our own closing line, not the dotnet test summary: total the TRX counters of every project.
    long passed = 0, failed = 0, skipped = 0;
    foreach (var trx in GetFiles(testResults.Path.FullPath + "/**/*.trx"))
    {
        var counters = XDocument.Load(trx.FullPath).Descendants().First(e => e.Name.LocalName == "Counters");
        long Read(string attribute) => long.Parse(counters.Attribute(attribute)?.Value ?? "0");
        passed += Read("passed");
        failed += Read("failed") + Read("error") + Read("timeout") + Read("aborted");
        skipped += Read("notExecuted");
    }

    foreach (var name in failedProjects.Where(n => !GetFiles(testResults.Path.FullPath + $"/{n}/*.trx").Any()))
    {
        Warning($"{name} produced no results: counted as one failure");
        failed += 1;
    }

    Information($"{passed} passed, {failed} failed, {skipped} skipped");
    if (failed > 0 || failedProjects.Count > 0)
    {
        throw new Exception($"Tests failed in: {string.Join(", ", failedProjects)}");
    }
});

Task("Package")
    .IsDependentOn("Build")
    .Does(() =>
{
    // Building a product module packs it (build/ModulePackaging.targets): artifacts/modules/<id>/<version>/ with
    // module.json, module.sig (development key) and the module's own assemblies. Package checks every one of them
    // the way an installation would (manifest, signature, hashes, no unlisted dll) with `amis modules verify`.
    var packages = GetDirectories("./artifacts/modules/*/*");
    if (!packages.Any())
    {
        throw new Exception("No module package under artifacts/modules: did the module projects import build/ModulePackaging.targets?");
    }

    var amis = File($"./src/AmisModular.Cli/bin/{configuration}/net10.0/amis.dll");
    foreach (var package in packages)
    {
        var exit = StartProcess("dotnet", new ProcessSettings
        {
            Arguments = $"\"{MakeAbsolute(amis)}\" modules verify \"{package.FullPath}\"",
            EnvironmentVariables = new Dictionary<string, string> { ["DOTNET_ENVIRONMENT"] = "Development" },
        });
        if (exit != 0)
        {
            throw new Exception($"Module package {package} failed verification (exit {exit}).");
        }
    }

    Information($"{packages.Count} module package(s) verified in {MakeAbsolute(Directory("./artifacts/modules"))}");
});

RunTarget(target);
