namespace AmisModular.Ledger.GeneralJournal;

/// <summary>
/// Replaces a tracked voucher's lines in place (same line numbers are updated, not deleted and re-added) so EF never
/// tracks two instances of the same (voucher, line) key.
/// </summary>
public static class GeneralJournalLines
{
    public static void Replace(GeneralJournalVoucher voucher, IReadOnlyList<GeneralJournalLine> lines)
    {
        ArgumentNullException.ThrowIfNull(voucher);
        ArgumentNullException.ThrowIfNull(lines);
        voucher.Lines.RemoveAll(existing => !lines.Any(l => l.LineNo == existing.LineNo));
        foreach (var line in lines)
        {
            var target = voucher.Lines.FirstOrDefault(l => l.LineNo == line.LineNo);
            if (target is null)
            {
                target = new GeneralJournalLine { VoucherId = voucher.Id, LineNo = line.LineNo };
                voucher.Lines.Add(target);
            }

            (target.DebitAccount, target.CreditAccount, target.Amount) = (line.DebitAccount, line.CreditAccount, line.Amount);
            (target.Description, target.DebitPartnerId, target.CreditPartnerId) = (line.Description, line.DebitPartnerId, line.CreditPartnerId);
        }
    }
}
