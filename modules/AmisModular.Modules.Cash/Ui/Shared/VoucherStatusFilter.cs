namespace AmisModular.Modules.Cash.Ui.Shared;

public enum VoucherStatusFilter
{
    All,
    Draft,
    Posted,
}
