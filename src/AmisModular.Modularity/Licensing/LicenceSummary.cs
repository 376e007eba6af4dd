using System.Globalization;
using System.Text;

namespace AmisModular.Modularity.Licensing;

/// <summary>A licence in a few lines a person reads (`amis licence show`).</summary>
public static class LicenceSummary
{
    public static string Format(LicenceVerification verification)
    {
        ArgumentNullException.ThrowIfNull(verification);
        var text = new StringBuilder();
        Line(text, "Trạng thái / Status", $"{verification.Status} — {verification.Reason}");
        var licence = verification.Licence;
        if (licence is null)
        {
            return text.ToString();
        }

        Line(text, "Số giấy phép / Licence id", licence.LicenceId);
        Line(text, "Bên được cấp / Licensee", $"{licence.Licensee.CompanyName} (MST {licence.Licensee.TaxCode}, tenant {licence.Licensee.TenantId})");
        Line(text, "Phiên bản / Edition", licence.Edition);
        Line(text, "Phân hệ / Modules", string.Join(", ", licence.Modules.Select(m => $"{m.Id} ≤ {m.MaxMajor}.x")));
        Line(text, "Người dùng / Seats", licence.Seats.ToString(CultureInfo.InvariantCulture));
        Line(text, "Thiết bị / Devices", licence.DeviceLimit.ToString(CultureInfo.InvariantCulture));
        Line(
            text,
            "Hiệu lực / Valid",
            $"{LicenceVerifier.Vi(licence.ValidFrom)} – {LicenceVerifier.Vi(licence.ValidUntil)} ({LicenceVerifier.En(licence.ValidFrom)} .. {LicenceVerifier.En(licence.ValidUntil)})");
        Line(text, "Ngày cấp / Issued", LicenceVerifier.En(licence.IssuedOn));
        if (verification.KeyId is not null)
        {
            Line(text, "Khóa ký / Signing key", verification.KeyId);
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, string label, string value) =>
        text.Append(label).Append(": ").AppendLine(value);
}
