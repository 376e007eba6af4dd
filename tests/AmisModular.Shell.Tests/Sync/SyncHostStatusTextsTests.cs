using AmisModular.Shell.Sync;
using AmisModular.SyncHost.Control;
using SyncStatus = AmisModular.SyncHost.Control.SyncStatus;

namespace AmisModular.Shell.Tests.Sync;

/// <summary>The status bar's words for the host's blocked, recovery and bootstrap states (read from /status).</summary>
public sealed class SyncHostStatusTextsTests
{
    private static readonly SyncStatus Online = new() { EngineConfigured = true, Connectivity = Connectivity.Online, IsSyncing = true };

    [Fact]
    public void State_BookAccessRemoved_SaysSoNotAGenericError()
    {
        var text = SyncHostTexts.State(Online with { Blocked = SyncBlock.BookAccessRemoved, BlockedMessage = "x" });

        Assert.Contains("gỡ quyền truy cập sổ", text.Vi, StringComparison.Ordinal);
        Assert.Contains("removed access to this book", text.En, StringComparison.Ordinal);
    }

    [Fact]
    public void State_ReenrollmentRequired_SaysEnrollAgain() =>
        Assert.Contains("enroll this device again", SyncHostTexts.State(Online with { Blocked = SyncBlock.ReenrollmentRequired }).En, StringComparison.Ordinal);

    [Fact]
    public void State_RecoveryRunning_SaysRecoveringAfterServerRestore() =>
        Assert.Equal("Recovering after server restore…", SyncHostTexts.State(Online with { Recovery = new("Repull", 3, DateTimeOffset.UtcNow, "m") }).En);

    [Fact]
    public void State_SnapshotBootstrap_ShowsBytesThenDocuments()
    {
        var download = SyncHostTexts.State(Online with { Bootstrap = new(BootstrapPhase.Download, 3 * 1048576, 12 * 1048576, 0, 90_000) });
        var install = SyncHostTexts.State(Online with { Bootstrap = new(BootstrapPhase.Install, 12 * 1048576, 12 * 1048576, 1_500, 90_000) });

        Assert.Equal("Đang tải dữ liệu ban đầu: 3.0/12.0 MB", download.Vi);
        Assert.Equal("Installing documents: 1500/90000", install.En);
    }
}
