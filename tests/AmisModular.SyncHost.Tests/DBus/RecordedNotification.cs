namespace AmisModular.SyncHost.Tests.DBus;

public sealed record RecordedNotification(string AppName, uint ReplacesId, string Summary, string Body, byte Urgency, int Timeout);
