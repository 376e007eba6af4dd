namespace AmisModular.Printing.Tables;

internal static class ReportTableValidator
{
    public static void Validate(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (string.IsNullOrWhiteSpace(table.Title))
        {
            throw new ReportTableValidationException(null, null, "Báo cáo phải có tiêu đề", "The report needs a title");
        }

        ValidateColumns(table.Columns);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            ValidateRow(table.Columns, table.Rows[r], r);
        }
    }

    private static void ValidateColumns(IReadOnlyList<ReportColumn>? columns)
    {
        if (columns is null || columns.Count == 0)
        {
            throw new ReportTableValidationException(null, null, "Báo cáo phải có ít nhất một cột",
                "The report needs at least one column");
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in columns)
        {
            if (string.IsNullOrWhiteSpace(c.Key) || !keys.Add(c.Key))
            {
                throw new ReportTableValidationException(null, c.Key, "Mã cột trống hoặc bị trùng",
                    "Column key is empty or duplicated");
            }

            if (c.Decimals is < 0 or > 10)
            {
                throw new ReportTableValidationException(null, c.Key, "Số chữ số thập phân phải từ 0 đến 10",
                    "Decimals must be between 0 and 10");
            }
        }
    }

    private static void ValidateRow(IReadOnlyList<ReportColumn> columns, ReportRow row, int r)
    {
        if (row?.Cells is null || row.Cells.Count != columns.Count)
        {
            throw new ReportTableValidationException(r, null,
                $"Dòng phải có đúng {columns.Count} ô", $"The row must have exactly {columns.Count} cells");
        }

        for (var c = 0; c < columns.Count; c++)
        {
            var value = row.Cells[c];
            if (value is not null && !Fits(columns[c].Kind, value))
            {
                throw new ReportTableValidationException(r, columns[c].Key,
                    $"Giá trị kiểu {value.GetType().Name} không hợp với cột {columns[c].Kind}",
                    $"A {value.GetType().Name} value does not fit a {columns[c].Kind} column");
            }
        }
    }

    private static bool Fits(ReportColumnKind kind, object value) => kind switch
    {
        ReportColumnKind.Text => value is string,
        ReportColumnKind.Date => value is DateOnly or DateTime,
        _ => value is decimal or int or long,
    };
}
