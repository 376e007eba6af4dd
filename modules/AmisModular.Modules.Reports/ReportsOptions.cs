using Microsoft.Extensions.Configuration;

namespace AmisModular.Modules.Reports;

/// <summary>Settings of the reports module, from configuration section <c>Modules:reports</c>.</summary>
public sealed class ReportsOptions
{
    /// <summary>Tài khoản lưỡng tính shown gross by partner ("dư hai bên") unless a request says otherwise.</summary>
    public static readonly IReadOnlyList<string> DefaultTwoSidedAccounts = ["131", "331", "1388", "3388"];

    public IReadOnlyList<string> TwoSidedAccounts { get; init; } = DefaultTwoSidedAccounts;

    /// <summary>Reads <c>Modules:reports:TwoSidedAccounts</c> (a list of account codes); absent = the defaults.</summary>
    public static ReportsOptions From(IConfiguration? configuration)
    {
        var configured = configuration?.GetSection("Modules:reports:TwoSidedAccounts").GetChildren()
            .Select(c => c.Value?.Trim()).Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToList();
        return configured is { Count: > 0 } ? new ReportsOptions { TwoSidedAccounts = configured } : new ReportsOptions();
    }
}
