using System.Text.Json;

namespace AmisModular.Modularity.Manifests;

/// <summary>
/// Reads and validates module.json before any of the package's code is loaded. Every broken rule is reported with
/// its JSON path, not only the first one, so a packager fixes them in one go.
/// </summary>
public static class ModuleManifestReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
    };

    /// <exception cref="ModuleManifestException">The file is not valid JSON or breaks a rule.</exception>
    public static ModuleManifest Read(ReadOnlyMemory<byte> json, string source = ModuleManifest.FileName)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            var where = $"line {(ex.LineNumber ?? 0) + 1}, position {(ex.BytePositionInLine ?? 0) + 1}";
            throw new ModuleManifestException(source, [new ManifestError("$", $"not valid JSON ({where})")]);
        }

        using (document)
        {
            var parser = new ManifestParser();
            var manifest = parser.Parse(document.RootElement);
            if (manifest is null || parser.Errors.Count > 0)
            {
                throw new ModuleManifestException(source, parser.Errors);
            }

            return manifest;
        }
    }

    /// <exception cref="ModuleManifestException">The file is missing, not valid JSON or breaks a rule.</exception>
    public static ModuleManifest ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new ModuleManifestException(path, [new ManifestError("$", $"{ModuleManifest.FileName} is missing / thiếu tệp {ModuleManifest.FileName}")]);
        }

        return Read(File.ReadAllBytes(path), path);
    }
}
