namespace AmisModular.Printing.Forms;

/// <summary>An account printed in the Nợ/Có box, with its amount when the voucher splits over several accounts.</summary>
public sealed record VoucherAccountEntry(string Account, decimal? Amount = null);
