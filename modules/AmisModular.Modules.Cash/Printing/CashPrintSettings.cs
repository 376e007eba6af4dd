using AmisModular.Printing.Forms;
using Microsoft.Extensions.Configuration;

namespace AmisModular.Modules.Cash.Printing;

/// <summary>
/// The default print options from configuration section <c>Modules:cash:Print</c>: BookNumber, Director,
/// ChiefAccountant, Cashier, Preparer. Anything missing prints blank for a hand-written name.
/// </summary>
public static class CashPrintSettings
{
    public const string Section = "Modules:cash:Print";

    public static CashPrintOptions From(IConfiguration? configuration)
    {
        string? Read(string key) => configuration?[$"{Section}:{key}"] is { Length: > 0 } value ? value : null;
        return new CashPrintOptions
        {
            BookNumber = Read("BookNumber"),
            Signatories = new CashVoucherSignatories
            {
                Director = Read("Director"),
                ChiefAccountant = Read("ChiefAccountant"),
                Cashier = Read("Cashier"),
                Preparer = Read("Preparer"),
            },
        };
    }
}
