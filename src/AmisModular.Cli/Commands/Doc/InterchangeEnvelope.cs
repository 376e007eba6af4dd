using System.Text.Json;
using System.Text.Json.Nodes;
using AmisModular.Cli.Cli;

namespace AmisModular.Cli.Commands.Doc;

/// <summary>The file form of <c>amis doc import|export</c>: {"documents": [{"module", "documentType", "document"}, ...]}.</summary>
public static class InterchangeEnvelope
{
    public static IReadOnlyList<InterchangeEntry> Read(string path, Guid companyId)
    {
        if (!File.Exists(path))
        {
            throw new CliInputException($"không đọc được tệp {path} / cannot read file {path}");
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new CliInputException($"tệp {path} không phải JSON hợp lệ (dòng {e.LineNumber + 1}) / {path} is not valid JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }

        if (root?["documents"] is not JsonArray documents)
        {
            throw new CliInputException($"tệp {path} phải có dạng {{\"documents\": [...]}} / {path} must be {{\"documents\": [...]}}");
        }

        return [.. documents.Select((item, i) => Entry(item, i + 1, companyId))];
    }

    public static void Write(string path, IEnumerable<JsonObject> entries)
    {
        var root = new JsonObject { ["documents"] = new JsonArray([.. entries]) };
        var temp = path + ".tmp";
        File.WriteAllText(temp, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>A document without "companyId" belongs to the command's company (so an exported file moves between companies).</summary>
    private static InterchangeEntry Entry(JsonNode? item, int index, Guid companyId)
    {
        var module = item?["module"] is JsonValue m && m.TryGetValue<string>(out var ms) ? ms : null;
        var type = item?["documentType"] is JsonValue t && t.TryGetValue<string>(out var ts) ? ts : null;
        if (item?["document"] is not JsonObject document)
        {
            return new InterchangeEntry(index, module, type, null);
        }

        if (!document.ContainsKey("companyId"))
        {
            document["companyId"] = companyId.ToString();
        }

        return new InterchangeEntry(index, module, type, JsonSerializer.SerializeToElement(document));
    }
}
