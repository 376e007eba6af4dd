using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Shell.Sync;

/// <summary>The answer to "Đồng bộ" or "Tải chứng từ": accepted or not, and a message for the user.</summary>
public sealed record SyncCommandResult(bool Accepted, LocalizedText Message);
