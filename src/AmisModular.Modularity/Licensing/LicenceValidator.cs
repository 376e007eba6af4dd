using System.Text.RegularExpressions;

namespace AmisModular.Modularity.Licensing;

/// <summary>The rules a licence's fields follow; each error names the JSON path and the rule, in Vietnamese and English.</summary>
public static partial class LicenceValidator
{
    public static IReadOnlyList<string> Validate(Licence licence)
    {
        ArgumentNullException.ThrowIfNull(licence);
        var errors = new List<string>();
        Required(errors, "$.licenceId", licence.LicenceId);
        Required(errors, "$.edition", licence.Edition);
        Required(errors, "$.licensee.tenantId", licence.Licensee.TenantId);
        Required(errors, "$.licensee.companyName", licence.Licensee.CompanyName);
        if (!TaxCode.IsValid(licence.Licensee.TaxCode))
        {
            errors.Add($"$.licensee.taxCode: '{licence.Licensee.TaxCode}' — {TaxCode.Rule}");
        }

        ValidateModules(errors, licence.Modules);
        if (licence.Seats < 1)
        {
            errors.Add($"$.seats: {licence.Seats} — số người dùng phải ≥ 1 / seats must be at least 1");
        }

        if (licence.DeviceLimit < 1)
        {
            errors.Add($"$.deviceLimit: {licence.DeviceLimit} — số thiết bị phải ≥ 1 / device limit must be at least 1");
        }

        if (licence.ValidUntil < licence.ValidFrom)
        {
            errors.Add($"$.validUntil: {licence.ValidUntil:yyyy-MM-dd} — ngày hết hạn trước ngày hiệu lực / ends before validFrom {licence.ValidFrom:yyyy-MM-dd}");
        }

        return errors;
    }

    private static void ValidateModules(List<string> errors, IReadOnlyList<LicensedModule> modules)
    {
        if (modules.Count == 0)
        {
            errors.Add("$.modules: giấy phép phải có ít nhất một phân hệ / a licence must list at least one module");
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < modules.Count; i++)
        {
            var module = modules[i];
            if (!ModuleId().IsMatch(module.Id))
            {
                errors.Add($"$.modules[{i}].id: '{module.Id}' — mã phân hệ phải khớp ^[a-z][a-z0-9-]{{1,31}}$ / module id must match ^[a-z][a-z0-9-]{{1,31}}$");
            }
            else if (!seen.Add(module.Id))
            {
                errors.Add($"$.modules[{i}].id: '{module.Id}' — phân hệ bị lặp / module listed twice");
            }

            if (module.MaxMajor < 0)
            {
                errors.Add($"$.modules[{i}].maxMajor: {module.MaxMajor} — phiên bản chính phải ≥ 0 / major version must be 0 or more");
            }
        }
    }

    private static void Required(List<string> errors, string path, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{path}: bắt buộc / required");
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{1,31}$")]
    internal static partial Regex ModuleId();
}
