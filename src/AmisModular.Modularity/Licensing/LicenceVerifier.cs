using System.Globalization;
using AmisModular.Modularity.Security;

namespace AmisModular.Modularity.Licensing;

/// <summary>Checks a licence file offline: signature by a trusted vendor key, then tenant, then validity dates.</summary>
public sealed class LicenceVerifier(SignatureVerifier signatures, TimeProvider time)
{
    /// <param name="companyTaxCode">This installation's company MST; null skips the tenant check.</param>
    public LicenceVerification Verify(string fileJson, string? companyTaxCode)
    {
        LicenceFile file;
        try
        {
            file = LicenceReader.ParseFile(fileJson);
        }
        catch (LicenceFormatException e)
        {
            return new(LicenceStatus.Unreadable, e.Message);
        }

        return Verify(file, companyTaxCode);
    }

    public LicenceVerification Verify(LicenceFile file, string? companyTaxCode)
    {
        ArgumentNullException.ThrowIfNull(file);
        var signature = signatures.Verify(file.SignedBytes(), file.Signature);
        if (!signature.IsValid)
        {
            return new(
                LicenceStatus.SignatureInvalid,
                $"chữ ký giấy phép không hợp lệ / licence signature invalid: {signature.Reason}",
                KeyId: file.Signature.KeyId);
        }

        Licence licence;
        try
        {
            licence = LicenceReader.ParseLicence(file.LicenceJson);
        }
        catch (LicenceFormatException e)
        {
            return new(LicenceStatus.Unreadable, e.Message, KeyId: file.Signature.KeyId);
        }

        return CheckTerms(licence, companyTaxCode) with { KeyId = file.Signature.KeyId };
    }

    private LicenceVerification CheckTerms(Licence licence, string? companyTaxCode)
    {
        var licensee = licence.Licensee;
        if (companyTaxCode is not null && TaxCode.Normalize(companyTaxCode) != TaxCode.Normalize(licensee.TaxCode))
        {
            return new(
                LicenceStatus.WrongTenant,
                $"giấy phép cấp cho MST {licensee.TaxCode} ({licensee.CompanyName}), không phải MST {companyTaxCode} của công ty này"
                + $" / licence is for tax code {licensee.TaxCode} ({licensee.CompanyName}), not this company's {companyTaxCode}",
                licence);
        }

        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        if (today < licence.ValidFrom)
        {
            return new(
                LicenceStatus.NotYetValid,
                $"giấy phép chưa có hiệu lực, có hiệu lực từ ngày {Vi(licence.ValidFrom)} / licence not yet valid, valid from {En(licence.ValidFrom)}",
                licence);
        }

        if (today > licence.ValidUntil)
        {
            return new(
                LicenceStatus.Expired,
                $"giấy phép đã hết hạn ngày {Vi(licence.ValidUntil)} / licence expired on {En(licence.ValidUntil)}",
                licence);
        }

        return new(
            LicenceStatus.Valid,
            $"giấy phép hợp lệ đến hết ngày {Vi(licence.ValidUntil)} / licence valid until {En(licence.ValidUntil)}",
            licence);
    }

    internal static string Vi(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    internal static string En(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
