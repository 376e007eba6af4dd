namespace AmisModular.Shell.Sync;

/// <summary>One notice from the sync host as the status bar lists it.</summary>
/// <param name="Message">Vietnamese, then English ("… / …").</param>
public sealed record SyncNoticeItem(Guid Id, string Message, DateTimeOffset CreatedAt);
