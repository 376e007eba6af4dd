namespace AmisModular.Sync.Recovery;

/// <summary>What the status bar shows while a recovery after a server restore runs (or waits for re-enrollment).</summary>
public sealed record RestoreRecoveryStatus(RestoreRecoveryStep Step, int Requeued, DateTimeOffset StartedAt)
{
    public string Message => Step == RestoreRecoveryStep.ReenrollmentRequired
        ? ReenrollmentRequiredException.Text
        : "Đang khôi phục đồng bộ sau khi máy chủ được phục hồi từ bản sao lưu. / Recovering after server restore.";
}
