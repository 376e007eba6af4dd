namespace AmisModular.Printing.Tables;

/// <summary>Detail lines, group lines (e.g. an account heading, "Số dư đầu kỳ") and total lines ("Cộng", "Tổng cộng").</summary>
public enum ReportRowKind
{
    Detail,
    Group,
    Total,
}
