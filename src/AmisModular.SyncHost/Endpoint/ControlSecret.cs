using System.Security.Cryptography;
using System.Text;

namespace AmisModular.SyncHost.Endpoint;

/// <summary>
/// The per-installation bearer secret of the control endpoint: 32 random bytes, stored base64url in a file only
/// the user can read (0600 on Unix; on Windows the file lives in the user's profile).
/// </summary>
public sealed class ControlSecret
{
    private const int SecretBytes = 32;
    private readonly byte[] _token;

    private ControlSecret(string token) => _token = Encoding.ASCII.GetBytes(token);

    /// <summary>The header value the client sends: <c>Bearer &lt;token&gt;</c>.</summary>
    public string Token => Encoding.ASCII.GetString(_token);

    public static ControlSecret LoadOrCreate(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (File.Exists(path))
        {
            RestrictToOwner(path);
            return Load(path);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var token = Base64Url(RandomNumberGenerator.GetBytes(SecretBytes));
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            // Created 0600 in one step: never readable by others, not even for a moment.
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var writer = new StreamWriter(path, Encoding.ASCII, options);
            writer.Write(token);
        }
        catch (IOException) when (File.Exists(path))
        {
            return Load(path); // another process created it first
        }

        return new ControlSecret(token);
    }

    /// <exception cref="FileNotFoundException">The secret file does not exist.</exception>
    public static ControlSecret Load(string path)
    {
        var token = File.ReadAllText(path, Encoding.ASCII).Trim();
        if (token.Length < 40)
        {
            throw new InvalidDataException($"Tệp khóa bí mật '{path}' bị hỏng hoặc rỗng. / Secret file '{path}' is corrupt or empty.");
        }

        return new ControlSecret(token);
    }

    /// <summary>Constant-time comparison of a presented token with the secret.</summary>
    public bool Matches(ReadOnlySpan<char> presented)
    {
        var bytes = Encoding.ASCII.GetBytes(presented.ToArray());
        return CryptographicOperations.FixedTimeEquals(bytes, _token);
    }

    private static void RestrictToOwner(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
