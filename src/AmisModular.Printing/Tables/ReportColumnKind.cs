namespace AmisModular.Printing.Tables;

/// <summary>What a column holds; decides formatting, alignment and the XLSX/JSON cell type.</summary>
public enum ReportColumnKind
{
    /// <summary>string values.</summary>
    Text,

    /// <summary>DateOnly (or DateTime) values, printed dd/MM/yyyy.</summary>
    Date,

    /// <summary>decimal money, printed 1.234.567 (right-aligned); numeric cells "#,##0" in XLSX.</summary>
    Money,

    /// <summary>decimal quantities or rates, printed with the column's decimals.</summary>
    Number,
}
