using AmisModular.Ledger.Errors;
using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Ledger.Companies.Joining;

/// <summary>
/// The store already keeps another company than the one the enrollment code belongs to; nothing was changed. Names
/// both, so the administrator can tell which store or which code is wrong.
/// </summary>
public sealed class CompanyMismatchException(Company here, JoiningCompany joining) : LedgerException(TextFor(here, joining))
{
    public Company Here { get; } = here;

    public JoiningCompany Joining { get; } = joining;

    private static LocalizedText TextFor(Company here, JoiningCompany joining)
    {
        ArgumentNullException.ThrowIfNull(here);
        ArgumentNullException.ThrowIfNull(joining);
        var vi = $"Máy này đang giữ công ty {here.Name} (MST {here.TaxCode}, mã {here.Id}); mã đăng ký thuộc công ty {joining.Name} " +
                 $"(MST {joining.TaxCode}, mã {joining.Id}). Không thay đổi gì.";
        var en = $"This store keeps company {here.Name} (tax code {here.TaxCode}, id {here.Id}); the enrollment code belongs to company " +
                 $"{joining.Name} (tax code {joining.TaxCode}, id {joining.Id}). Nothing was changed.";
        if (here.TaxCode == joining.TaxCode)
        {
            // Same tax code, another id: the tenant was created on the cloud without this desktop's company id.
            vi += $" Cùng MST nhưng khác mã công ty: tạo công ty trên máy chủ với --company-id {here.Id}, hoặc đăng ký bằng một kho dữ liệu mới.";
            en += $" Same tax code, another company id: create the tenant on the cloud with --company-id {here.Id}, or enroll a new, empty store.";
        }
        else
        {
            vi += " Dùng một kho dữ liệu mới (thư mục dữ liệu khác) cho công ty này, hoặc xin mã đăng ký của công ty đang có trên máy.";
            en += " Use a new, empty store (another data folder) for that company, or ask for a code of the company this store keeps.";
        }

        return new LocalizedText(vi, en);
    }
}
