namespace AmisModular.Shell.Hosting;

/// <summary>The per-user folder holding the shell's files (users, companies, licence, lock file).</summary>
public sealed record ShellDataFolder(string Path)
{
    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes through a temporary file and a rename, so a crash never leaves half a file behind.</summary>
    public async Task WriteAtomicallyAsync(string name, byte[] content, CancellationToken cancellationToken)
    {
        var target = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        var temporary = target + ".tmp";
        await System.IO.File.WriteAllBytesAsync(temporary, content, cancellationToken);
        System.IO.File.Move(temporary, target, overwrite: true);
    }
}
