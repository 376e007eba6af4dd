using Microsoft.Data.Sqlite;

namespace AmisModular.Benchmarks.Infrastructure;

/// <summary>A temp folder for one run's SQLite files; removed at the end unless the user asked to keep it.</summary>
public sealed class Workspace : IDisposable
{
    private readonly bool keep;

    public Workspace(bool keep)
    {
        this.keep = keep;
        Directory = Path.Combine(Path.GetTempPath(), "amis-bench-" + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6]);
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory { get; }

    public string File(string name) => Path.Combine(Directory, name);

    /// <summary>Copies a closed store file (and its WAL, if SQLite left one) to a new name: a fresh store with the same seed.</summary>
    public string CopyStore(string source, string name)
    {
        SqliteConnection.ClearAllPools();
        var target = File(name);
        System.IO.File.Copy(source, target);
        foreach (var suffix in new[] { "-wal", "-shm" })
        {
            if (System.IO.File.Exists(source + suffix))
            {
                System.IO.File.Copy(source + suffix, target + suffix);
            }
        }

        return target;
    }

    /// <summary>
    /// A consistent copy of a store that is open elsewhere (the running cloud's database) through SQLite's online
    /// backup: every committed page, WAL included, as one snapshot.
    /// </summary>
    public string BackupStore(string source, string name)
    {
        var target = File(name);
        using var from = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        using var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        from.Open();
        to.Open();
        from.BackupDatabase(to);
        return target;
    }

    /// <summary>
    /// Removes the files and folders of one run (names starting with <paramref name="prefix"/>) unless the user asked to
    /// keep them: at 100,000 vouchers every store is hundreds of megabytes, and the next size does not need them.
    /// </summary>
    public void Remove(string prefix)
    {
        if (keep)
        {
            return;
        }

        SqliteConnection.ClearAllPools();
        foreach (var path in System.IO.Directory.EnumerateFileSystemEntries(Directory, prefix + "*"))
        {
            if (System.IO.Directory.Exists(path))
            {
                System.IO.Directory.Delete(path, recursive: true);
            }
            else
            {
                System.IO.File.Delete(path);
            }
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (keep)
        {
            Console.WriteLine($"SQLite files kept in {Directory}");
            return;
        }

        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"Could not remove {Directory}: {e.Message}");
        }
    }
}
