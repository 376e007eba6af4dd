namespace AmisModular.Cloud.Maintenance;

/// <summary>What one maintenance run did, over every book; failures are counted (and logged), never thrown.</summary>
public sealed record MaintenanceReport(int Books, int SupersededDeleted, int TombstonesDeleted, int SnapshotsBuilt, int Failures);
