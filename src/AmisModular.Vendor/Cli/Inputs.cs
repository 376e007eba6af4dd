using System.Globalization;
using System.Security.Cryptography;

namespace AmisModular.Vendor.Cli;

/// <summary>Reads command inputs, turning every failure into a <see cref="VendorInputException"/> that names the option.</summary>
internal static class Inputs
{
    public static string ReadFile(string? path, string option)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new VendorInputException($"{option}: bắt buộc / required");
        }

        if (!File.Exists(path))
        {
            throw new VendorInputException($"{option}: không tìm thấy tệp / file not found: {path}");
        }

        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new VendorInputException($"{option}: không đọc được tệp / cannot read {path}: {e.Message}", e);
        }
    }

    /// <summary>Reads a P-256 key PEM (private PKCS#8 or public SPKI) and checks it loads.</summary>
    public static string ReadKey(string? path, string option)
    {
        var pem = ReadFile(path, option);
        try
        {
            using var key = ECDsa.Create();
            key.ImportFromPem(pem);
            if (key.KeySize != 256)
            {
                throw new VendorInputException($"{option}: cần khóa ECDSA P-256 / an ECDSA P-256 key is required, got {key.KeySize} bits");
            }
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            throw new VendorInputException($"{option}: không phải khóa PEM ECDSA P-256 / not an ECDSA P-256 PEM key ({path}): {e.Message}", e);
        }

        return pem;
    }

    public static DateOnly ParseDate(string? text, string option)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        throw new VendorInputException($"{option}: '{text}' không phải ngày yyyy-MM-dd / is not a date yyyy-MM-dd");
    }

    public static string Required(string? text, string option) =>
        string.IsNullOrWhiteSpace(text) ? throw new VendorInputException($"{option}: bắt buộc / required") : text.Trim();
}
