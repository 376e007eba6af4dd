namespace AmisModular.Testing;

/// <summary>A throwaway folder under the OS temp folder, deleted at the end (best effort).</summary>
public sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("amis-test-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still mapped by SQLite or open in a viewer: the OS temp cleaner takes it later.
        }
    }
}
