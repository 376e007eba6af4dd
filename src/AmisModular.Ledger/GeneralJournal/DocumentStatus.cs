namespace AmisModular.Ledger.GeneralJournal;

/// <summary>Chưa ghi sổ / Đã ghi sổ.</summary>
public enum DocumentStatus
{
    Draft,
    Posted,
}
