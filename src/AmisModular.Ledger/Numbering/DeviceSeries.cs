namespace AmisModular.Ledger.Numbering;

/// <summary>
/// The series the cloud gave this installation for a company when it enrolled (D1, D2, CN011...). A voucher without a
/// branch numbers in it, so two desktops of one company never hand out the same number offline (sync protocol,
/// NUMBERS: a series bound to a branch or device, the local counter inside the voucher transaction). One row per
/// company: a store is one device.
/// </summary>
public sealed class DeviceSeries
{
    public Guid CompanyId { get; set; }

    public string Series { get; set; } = "";

    public DateTimeOffset RecordedAt { get; set; }
}
