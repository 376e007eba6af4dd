using AmisModular.Printing.Formatting;

namespace AmisModular.Printing.Tests.Formatting;

public class VietnameseFormatTests
{
    [Theory]
    [InlineData("1234567", 0, "1.234.567")]
    [InlineData("1200000", 0, "1.200.000")]
    [InlineData("0", 0, "0")]
    [InlineData("-1500", 0, "-1.500")]
    [InlineData("999", 0, "999")]
    [InlineData("1234.5", 2, "1.234,50")]
    [InlineData("0.125", 2, "0,13")]
    [InlineData("999999999999999", 0, "999.999.999.999.999")]
    public void Number_FormatsWithViVnSeparators(string value, int decimals, string expected)
    {
        var d = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, VietnameseFormat.Number(d, decimals));
    }

    [Theory]
    [InlineData("VND", "1.200.000")]
    [InlineData("USD", "1.200.000,00")]
    public void MoneyIn_UsesCurrencyDecimals(string currency, string expected)
    {
        Assert.Equal(expected, VietnameseFormat.MoneyIn(1_200_000m, currency));
    }

    [Fact]
    public void Date_IsDayMonthYear()
    {
        Assert.Equal("27/11/2026", VietnameseFormat.Date(new DateOnly(2026, 11, 27)));
        Assert.Equal("05/01/2026", VietnameseFormat.Date(new DateTime(2026, 1, 5, 13, 45, 0, DateTimeKind.Unspecified)));
    }

    [Fact]
    public void DatePhrase_IsVoucherStyle()
    {
        Assert.Equal("Ngày 05 tháng 01 năm 2026", VietnameseFormat.DatePhrase(new DateOnly(2026, 1, 5)));
    }
}
