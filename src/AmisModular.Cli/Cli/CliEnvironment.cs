using System.Collections;

namespace AmisModular.Cli.Cli;

/// <summary>
/// What the process was started with besides its arguments: environment variables and the program folder.
/// Tests pass their own, so parallel tests never share process-wide environment variables.
/// </summary>
public sealed record CliEnvironment(IReadOnlyDictionary<string, string> Variables, string ApplicationBaseDirectory)
{
    public const string EnvironmentVariable = "DOTNET_ENVIRONMENT";
    public const string Development = "Development";
    public const string Production = "Production";

    /// <summary>The environment name: DOTNET_ENVIRONMENT, Production when unset.</summary>
    public string EnvironmentName => Get(EnvironmentVariable) is { Length: > 0 } name ? name : Production;

    public bool IsDevelopment => string.Equals(EnvironmentName, Development, StringComparison.OrdinalIgnoreCase);

    public static CliEnvironment FromProcess()
    {
        var variables = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string key && entry.Value is string value)
            {
                variables[key] = value;
            }
        }

        return new CliEnvironment(variables, AppContext.BaseDirectory);
    }

    public string? Get(string name) => Variables.TryGetValue(name, out var value) ? value : null;
}
