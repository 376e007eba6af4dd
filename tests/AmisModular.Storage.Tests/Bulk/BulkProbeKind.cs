namespace AmisModular.Storage.Tests.Bulk;

public enum BulkProbeKind
{
    Receipt,
    Payment,
}
