using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AmisModular.Modularity.Abstractions.Text;
using NuGet.Versioning;

namespace AmisModular.Modularity.Profiles;

/// <summary>
/// Reads a department profile:
/// <c>{"name": "tax-office", "displayName": {"vi": "...", "en": "..."}, "modules": [{"id": "tax", "range": "[1.0.0, 2.0.0)"}]}</c>.
/// Every broken rule is reported with its JSON path, not only the first.
/// </summary>
public static partial class DepartmentProfileReader
{
    /// <exception cref="DepartmentProfileFormatException">The file breaks the format.</exception>
    public static DepartmentProfile Parse(string json, string source = "profile")
    {
        var root = ParseObject(json, source);
        var errors = new List<ProfileValidationError>();
        var name = RequiredString(root, "name", "$.name", errors);
        if (name is not null && !ProfileName().IsMatch(name))
        {
            errors.Add(new("$.name", $"'{name}' phải khớp ^[a-z][a-z0-9-]{{1,63}}$ / must match ^[a-z][a-z0-9-]{{1,63}}$"));
        }

        var displayName = ReadDisplayName(root, errors);
        var modules = ReadModules(root, errors);
        if (errors.Count > 0)
        {
            throw new DepartmentProfileFormatException(source, errors);
        }

        return new DepartmentProfile(name!, displayName!, modules);
    }

    internal static JsonObject ParseObject(string json, string source)
    {
        try
        {
            return JsonNode.Parse(json) as JsonObject
                ?? throw new DepartmentProfileFormatException(source, [new("$", "phải là một đối tượng JSON / must be a JSON object")]);
        }
        catch (JsonException e)
        {
            var path = e.Path ?? "$";
            throw new DepartmentProfileFormatException(
                source, [new(path, $"không phải JSON hợp lệ / not valid JSON (line {e.LineNumber + 1}): {e.Message}")]);
        }
    }

    internal static string? RequiredString(JsonObject parent, string property, string path, List<ProfileValidationError> errors)
    {
        if (parent[property] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text))
        {
            return text;
        }

        errors.Add(new(path, "bắt buộc, là chuỗi không rỗng / required, a non-empty string"));
        return null;
    }

    private static LocalizedText? ReadDisplayName(JsonObject root, List<ProfileValidationError> errors)
    {
        if (root["displayName"] is not JsonObject displayName)
        {
            errors.Add(new("$.displayName", "bắt buộc, là đối tượng {\"vi\", \"en\"} / required, an object {\"vi\", \"en\"}"));
            return null;
        }

        var vi = RequiredString(displayName, "vi", "$.displayName.vi", errors);
        var en = RequiredString(displayName, "en", "$.displayName.en", errors);
        return vi is null || en is null ? null : new LocalizedText(vi, en);
    }

    private static List<ProfileModule> ReadModules(JsonObject root, List<ProfileValidationError> errors)
    {
        var modules = new List<ProfileModule>();
        if (root["modules"] is not JsonArray array)
        {
            errors.Add(new("$.modules", "bắt buộc, là mảng / required, an array"));
            return modules;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var path = $"$.modules[{i}]";
            if (array[i] is not JsonObject item)
            {
                errors.Add(new(path, "phải là đối tượng {\"id\", \"range\"} / must be an object {\"id\", \"range\"}"));
                continue;
            }

            var module = ReadModule(item, path, errors);
            if (module is null)
            {
                continue;
            }

            if (modules.Exists(m => m.Id == module.Id))
            {
                errors.Add(new($"{path}.id", $"phân hệ '{module.Id}' bị lặp / module '{module.Id}' listed twice"));
                continue;
            }

            modules.Add(module);
        }

        return modules;
    }

    private static ProfileModule? ReadModule(JsonObject item, string path, List<ProfileValidationError> errors)
    {
        var id = RequiredString(item, "id", $"{path}.id", errors);
        if (id is not null && !ModuleId().IsMatch(id))
        {
            errors.Add(new($"{path}.id", $"'{id}' phải khớp ^[a-z][a-z0-9-]{{1,31}}$ / must match ^[a-z][a-z0-9-]{{1,31}}$"));
            id = null;
        }

        var rangeText = RequiredString(item, "range", $"{path}.range", errors);
        VersionRange? range = null;
        if (rangeText is not null && !VersionRange.TryParse(rangeText, out range))
        {
            errors.Add(new(
                $"{path}.range",
                $"'{rangeText}' không phải khoảng phiên bản NuGet, ví dụ \"[1.0.0, 2.0.0)\" / is not a NuGet version range, e.g. \"[1.0.0, 2.0.0)\""));
        }

        return id is null || range is null ? null : new ProfileModule(id, range);
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{1,63}$")]
    internal static partial Regex ProfileName();

    [GeneratedRegex("^[a-z][a-z0-9-]{1,31}$")]
    private static partial Regex ModuleId();
}
