using AmisModular.Modularity.Profiles;
using Microsoft.Extensions.DependencyInjection;
using NuGet.Versioning;

namespace AmisModular.Modularity.Tests.Profiles;

public sealed class DepartmentProfileGateTests : IDisposable
{
    private readonly ProfileFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Check_ModuleInProfileAndRange_Allowed()
    {
        var decision = Gate("tax-office").Check("tax", new NuGetVersion(1, 4, 2));

        Assert.True(decision.Allowed);
        Assert.Equal("phiên bản 1.4.2 trong khoảng [1.0.0, 2.0.0) của hồ sơ 'tax-office' / version 1.4.2 within profile range [1.0.0, 2.0.0)", decision.Reason);
    }

    [Fact]
    public void Check_ModuleNotInProfile_DeniedNotInProfile()
    {
        var decision = Gate("tax-office").Check("sales", new NuGetVersion(2, 0, 0));

        Assert.False(decision.Allowed);
        Assert.Equal("phân hệ 'sales' không có trong hồ sơ phòng ban 'tax-office' / module 'sales' is not in profile 'tax-office'", decision.Reason);
    }

    [Fact]
    public void Check_VersionAboveRange_DeniedWithRange()
    {
        var decision = Gate("tax-office").Check("tax", new NuGetVersion(2, 1, 0));

        Assert.False(decision.Allowed);
        Assert.Equal("phiên bản 2.1.0 nằm ngoài khoảng [1.0.0, 2.0.0) của hồ sơ 'tax-office' / version 2.1.0 outside profile range [1.0.0, 2.0.0)", decision.Reason);
    }

    [Fact]
    public void Check_ExclusiveUpperBound_Denied()
    {
        var gate = Gate("tax-office");

        Assert.False(gate.Check("tax", new NuGetVersion(2, 0, 0)).Allowed);
        Assert.True(gate.Check("tax", new NuGetVersion(1, 99, 99)).Allowed);
    }

    [Fact]
    public void Check_MinimumOnlyRange_InclusiveMinimumNoMaximum()
    {
        var gate = Gate("tax-office");

        var below = gate.Check("reports", new NuGetVersion(0, 9, 0));

        Assert.False(below.Allowed);
        Assert.Equal("phiên bản 0.9.0 nằm ngoài khoảng [1.0.0, ) của hồ sơ 'tax-office' / version 0.9.0 outside profile range [1.0.0, )", below.Reason);
        Assert.True(gate.Check("reports", new NuGetVersion(1, 0, 0)).Allowed);
        Assert.True(gate.Check("reports", new NuGetVersion(7, 0, 0)).Allowed);
    }

    [Fact]
    public void AllowedRange_InAndOutOfProfile_RangeOrNull()
    {
        var gate = Gate("sales-counter");

        Assert.Equal(VersionRange.Parse("[2.0.0, 3.0.0)"), gate.AllowedRange("sales"));
        Assert.Null(gate.AllowedRange("tax"));
    }

    [Fact]
    public void Check_NoProfileAssigned_EverythingAllowed()
    {
        var gate = new DepartmentProfileGate(new DepartmentProfileOptions { ProfilesFolder = _folder.Path });

        var decision = gate.Check("sales", new NuGetVersion(9, 0, 0));

        Assert.True(decision.Allowed);
        Assert.Equal("chưa gán hồ sơ phòng ban / no department profile assigned", decision.Reason);
        Assert.Equal(VersionRange.All, gate.AllowedRange("anything"));
        Assert.Equal(ProfileAssignmentStatus.NotAssigned, gate.Assignment.Status);
    }

    [Fact]
    public void Check_AssignmentFileNamesProfile_ThatProfileApplies()
    {
        DeviceProfileAssignment.Write(_folder.File("device.json"), "sales-counter");
        var gate = new DepartmentProfileGate(new DepartmentProfileOptions { ProfilesFolder = _folder.Path, AssignmentFilePath = _folder.File("device.json") });

        var decision = gate.Check("tax", new NuGetVersion(1, 0, 0));

        Assert.False(decision.Allowed);
        Assert.Equal("phân hệ 'tax' không có trong hồ sơ phòng ban 'sales-counter' / module 'tax' is not in profile 'sales-counter'", decision.Reason);
    }

    [Fact]
    public void Check_AssignmentFileAbsent_NotAssigned()
    {
        var gate = new DepartmentProfileGate(new DepartmentProfileOptions { ProfilesFolder = _folder.Path, AssignmentFilePath = _folder.File("none.json") });

        Assert.True(gate.Check("tax", new NuGetVersion(5, 0, 0)).Allowed);
    }

    [Fact]
    public void Check_AssignedProfileMissing_AllDeniedNamingProfile()
    {
        var gate = Gate("warehouse");

        var decision = gate.Check("tax", new NuGetVersion(1, 0, 0));

        Assert.False(decision.Allowed);
        Assert.StartsWith("hồ sơ phòng ban 'warehouse' không dùng được / department profile 'warehouse' unusable: ", decision.Reason);
        Assert.Contains("no department profile 'warehouse'", decision.Reason);
        Assert.Contains("available: sales-counter, tax-office", decision.Reason);
        Assert.Null(gate.AllowedRange("tax"));
    }

    [Fact]
    public void Check_AssignedProfileMalformed_AllDeniedNamingPathAndRule()
    {
        _folder.Write("accounting", """{ "name": "accounting", "displayName": { "vi": "Kế toán", "en": "Accounting" }, "modules": [ { "id": "cash", "range": "[1.0.0,, 2.0.0)" } ] }""");

        var decision = Gate("accounting").Check("cash", new NuGetVersion(1, 0, 0));

        Assert.False(decision.Allowed);
        Assert.Contains("$.modules[0].range: '[1.0.0,, 2.0.0)' không phải khoảng phiên bản NuGet", decision.Reason);
        Assert.Contains("is not a NuGet version range", decision.Reason);
    }

    [Fact]
    public void Check_AssignmentFileMalformed_AllDenied()
    {
        File.WriteAllText(_folder.File("device.json"), """{ "profile": 42 }""");
        var gate = new DepartmentProfileGate(new DepartmentProfileOptions { ProfilesFolder = _folder.Path, AssignmentFilePath = _folder.File("device.json") });

        var decision = gate.Check("tax", new NuGetVersion(1, 0, 0));

        Assert.False(decision.Allowed);
        Assert.Contains("device assignment file unreadable", decision.Reason);
        Assert.Contains("$.profile: bắt buộc, là chuỗi không rỗng / required, a non-empty string", decision.Reason);
    }

    [Fact]
    public void Summary_AssignedProfile_ListsModulesAndRanges()
    {
        var gate = Gate("tax-office");

        var summary = DepartmentProfileSummary.Format(gate.Assignment);

        Assert.Contains("Trạng thái / Status: Assigned", summary);
        Assert.Contains("Hồ sơ / Profile: tax-office (Phòng thuế / Tax office)", summary);
        Assert.Contains("  tax [1.0.0, 2.0.0)", summary);
        Assert.Contains("  reports [1.0.0, )", summary);
    }

    [Fact]
    public void AddDepartmentProfiles_ResolvesGateAsInterfaceAndSelf()
    {
        using var provider = new ServiceCollection()
            .AddDepartmentProfiles(o =>
            {
                o.ProfilesFolder = _folder.Path;
                o.AssignedProfile = "tax-office";
            })
            .BuildServiceProvider();

        var gate = provider.GetRequiredService<IDepartmentProfileGate>();

        Assert.Same(provider.GetRequiredService<DepartmentProfileGate>(), gate);
        Assert.False(gate.Check("sales", new NuGetVersion(1, 0, 0)).Allowed);
    }

    private DepartmentProfileGate Gate(string profile) =>
        new(new DepartmentProfileOptions { ProfilesFolder = _folder.Path, AssignedProfile = profile });
}
