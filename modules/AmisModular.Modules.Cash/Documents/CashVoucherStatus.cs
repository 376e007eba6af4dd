namespace AmisModular.Modules.Cash.Documents;

public enum CashVoucherStatus
{
    Draft,
    Posted,
}
