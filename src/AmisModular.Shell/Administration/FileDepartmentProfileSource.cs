using System.Text.Json;
using AmisModular.Shell.Hosting;

namespace AmisModular.Shell.Administration;

/// <summary>In-shell <see cref="IDepartmentProfileSource"/> reading <c>department-profile.json</c> of the data folder.</summary>
public sealed class FileDepartmentProfileSource(ShellDataFolder folder) : IDepartmentProfileSource
{
    public const string FileName = "department-profile.json";

    public async Task<DepartmentProfileSummary?> GetAsync(CancellationToken cancellationToken = default)
    {
        var path = folder.File(FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<DepartmentProfileSummary>(stream, JsonSerializerOptions.Web, cancellationToken);
    }
}
