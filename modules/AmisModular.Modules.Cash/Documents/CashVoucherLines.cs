namespace AmisModular.Modules.Cash.Documents;

/// <summary>Replaces a tracked voucher's lines in place so EF never tracks two instances of one (voucher, line) key.</summary>
public static class CashVoucherLines
{
    public static void Replace(CashVoucher voucher, IReadOnlyList<CashVoucherLine> lines)
    {
        ArgumentNullException.ThrowIfNull(voucher);
        ArgumentNullException.ThrowIfNull(lines);
        voucher.Lines.RemoveAll(existing => !lines.Any(l => l.LineNo == existing.LineNo));
        foreach (var line in lines)
        {
            var target = voucher.Lines.FirstOrDefault(l => l.LineNo == line.LineNo);
            if (target is null)
            {
                target = new CashVoucherLine { VoucherId = voucher.Id, LineNo = line.LineNo };
                voucher.Lines.Add(target);
            }

            (target.CounterAccount, target.Amount, target.Description, target.PartnerId) = (line.CounterAccount, line.Amount, line.Description, line.PartnerId);
        }
    }
}
