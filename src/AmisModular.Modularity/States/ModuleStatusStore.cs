using System.Text.Json;
using System.Text.Json.Serialization;

namespace AmisModular.Modularity.States;

/// <summary>Keeps the statuses in memory and, when a state directory is given, in <c>module-states.json</c>.</summary>
public sealed class ModuleStatusStore(string? stateDirectory) : IModuleStatusStore
{
    public const string FileName = "module-states.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly Lock _gate = new();
    private IReadOnlyList<ModuleStatus> _current = [];

    public IReadOnlyList<ModuleStatus> Current
    {
        get
        {
            lock (_gate)
            {
                return _current;
            }
        }
    }

    public string? FilePath => stateDirectory is null ? null : Path.Combine(stateDirectory, FileName);

    public void Save(IReadOnlyList<ModuleStatus> statuses)
    {
        lock (_gate)
        {
            _current = [.. statuses];
            if (FilePath is null)
            {
                return;
            }

            Directory.CreateDirectory(stateDirectory!);
            // Write then move, so a reader (the CLI) never sees half a file.
            var temporary = FilePath + ".tmp";
            File.WriteAllText(temporary, JsonSerializer.Serialize(_current, Json));
            File.Move(temporary, FilePath, overwrite: true);
        }
    }

    /// <summary>Reads the statuses the last start wrote; empty when there is no state file yet.</summary>
    public static IReadOnlyList<ModuleStatus> ReadFile(string stateDirectory)
    {
        var path = Path.Combine(stateDirectory, FileName);
        return File.Exists(path)
            ? JsonSerializer.Deserialize<List<ModuleStatus>>(File.ReadAllText(path), Json) ?? []
            : [];
    }
}
