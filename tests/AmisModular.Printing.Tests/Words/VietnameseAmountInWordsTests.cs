using AmisModular.Printing.Words;

namespace AmisModular.Printing.Tests.Words;

public class VietnameseAmountInWordsTests
{
    public static TheoryData<decimal, string> VndCases => new()
    {
        { 0m, "Không đồng" },
        { 1m, "Một đồng" },
        { 4m, "Bốn đồng" },
        { 5m, "Năm đồng" },
        { 10m, "Mười đồng" },
        { 11m, "Mười một đồng" },
        { 14m, "Mười bốn đồng" },
        { 15m, "Mười lăm đồng" },
        { 20m, "Hai mươi đồng" },
        { 21m, "Hai mươi mốt đồng" },
        { 24m, "Hai mươi tư đồng" },
        { 25m, "Hai mươi lăm đồng" },
        { 31m, "Ba mươi mốt đồng" },
        { 44m, "Bốn mươi tư đồng" },
        { 55m, "Năm mươi lăm đồng" },
        { 99m, "Chín mươi chín đồng" },
        { 100m, "Một trăm đồng" },
        { 101m, "Một trăm linh một đồng" },
        { 104m, "Một trăm linh bốn đồng" },
        { 105m, "Một trăm linh năm đồng" },
        { 110m, "Một trăm mười đồng" },
        { 111m, "Một trăm mười một đồng" },
        { 115m, "Một trăm mười lăm đồng" },
        { 121m, "Một trăm hai mươi mốt đồng" },
        { 999m, "Chín trăm chín mươi chín đồng" },
        { 1_000m, "Một nghìn đồng" },
        { 1_001m, "Một nghìn không trăm linh một đồng" },
        { 1_010m, "Một nghìn không trăm mười đồng" },
        { 1_015m, "Một nghìn không trăm mười lăm đồng" },
        { 1_100m, "Một nghìn một trăm đồng" },
        { 10_000m, "Mười nghìn đồng" },
        { 10_500m, "Mười nghìn năm trăm đồng" },
        { 15_000m, "Mười lăm nghìn đồng" },
        { 21_000m, "Hai mươi mốt nghìn đồng" },
        { 25_025m, "Hai mươi lăm nghìn không trăm hai mươi lăm đồng" },
        { 105_000m, "Một trăm linh năm nghìn đồng" },
        { 1_000_000m, "Một triệu đồng" },
        { 1_200_000m, "Một triệu hai trăm nghìn đồng" },
        { 1_005_000m, "Một triệu không trăm linh năm nghìn đồng" },
        { 1_000_005m, "Một triệu không trăm linh năm đồng" },
        { 2_024_000m, "Hai triệu không trăm hai mươi tư nghìn đồng" },
        { 11_000_011m, "Mười một triệu không trăm mười một đồng" },
        { 15_500_000m, "Mười lăm triệu năm trăm nghìn đồng" },
        { 1_000_000_000m, "Một tỷ đồng" },
        { 1_000_000_001m, "Một tỷ không trăm linh một đồng" },
        { 1_234_567_890m, "Một tỷ hai trăm ba mươi tư triệu năm trăm sáu mươi bảy nghìn tám trăm chín mươi đồng" },
        { 25_000_000_000m, "Hai mươi lăm tỷ đồng" },
        { 1_000_000_000_000m, "Một nghìn tỷ đồng" },
        { 2_000_001_000_000m, "Hai nghìn tỷ không trăm linh một triệu đồng" },
        { 999_999_999_999_999m,
            "Chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu " +
            "chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng" },
        { -1_500m, "Âm một nghìn năm trăm đồng" },
        { 1_200_000.00m, "Một triệu hai trăm nghìn đồng" },
    };

    [Theory]
    [MemberData(nameof(VndCases))]
    public void ToWords_Vnd_ReadsPerVietnameseRules(decimal amount, string expected)
    {
        Assert.Equal(expected, VietnameseAmountInWords.Default.ToWords(amount));
    }

    [Theory]
    [InlineData(105, "Một trăm lẻ năm đồng")]
    [InlineData(1_005_000, "Một triệu không trăm lẻ năm ngàn đồng")]
    [InlineData(1_500, "Một ngàn năm trăm đồng")]
    public void ToWords_SouthernStyle_UsesNganAndLe(long amount, string expected)
    {
        var words = new VietnameseAmountInWords(new AmountInWordsOptions { Thousand = ThousandWord.Ngan, ZeroTens = ZeroTensWord.Le });
        Assert.Equal(expected, words.ToWords(amount));
    }

    [Theory]
    [InlineData("12.5", "USD", "Mười hai đô la Mỹ và năm mươi xu")]
    [InlineData("1200.01", "USD", "Một nghìn hai trăm đô la Mỹ và một xu")]
    [InlineData("100", "USD", "Một trăm đô la Mỹ")]
    [InlineData("0.05", "USD", "Năm xu")]
    [InlineData("-3.25", "EUR", "Âm ba euro và hai mươi lăm xu")]
    [InlineData("1500", "JPY", "Một nghìn năm trăm yên Nhật")]
    public void ToWords_ForeignCurrency_ReadsMajorAndMinorUnits(string amount, string currency, string expected)
    {
        var value = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, VietnameseAmountInWords.Default.ToWords(value, currency));
    }

    [Fact]
    public void ToWords_AboveMaximum_ThrowsNotSpeakable()
    {
        var e = Assert.Throws<AmountNotSpeakableException>(() => VietnameseAmountInWords.Default.ToWords(1_000_000_000_000_000m));
        Assert.Contains("999.999.999.999.999", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1200000.5", "VND")]
    [InlineData("1.234", "USD")]
    public void ToWords_MoreDecimalsThanCurrency_ThrowsNotSpeakable(string amount, string currency)
    {
        var value = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
        var e = Assert.Throws<AmountNotSpeakableException>(() => VietnameseAmountInWords.Default.ToWords(value, currency));
        Assert.Equal(currency, e.CurrencyCode);
    }

    [Fact]
    public void ToWords_UnknownCurrency_ThrowsUnsupportedCurrency()
    {
        var e = Assert.Throws<UnsupportedCurrencyException>(() => VietnameseAmountInWords.Default.ToWords(1m, "XYZ"));
        Assert.Equal("XYZ", e.CurrencyCode);
    }

    [Fact]
    public void ToWords_CustomCurrencyWords_UsesGivenUnits()
    {
        var gbp = new CurrencyWords("GBP", "bảng Anh", "xu", 2);
        Assert.Equal("Hai bảng Anh và mười lăm xu", VietnameseAmountInWords.Default.ToWords(2.15m, gbp));
    }

    [Theory]
    [InlineData(0, "không")]
    [InlineData(4, "bốn")]
    [InlineData(24, "hai mươi tư")]
    [InlineData(1_000_024, "một triệu không trăm hai mươi tư")]
    public void NumberToWords_WithoutUnit_IsLowerCase(long number, string expected)
    {
        Assert.Equal(expected, VietnameseAmountInWords.Default.NumberToWords(number));
    }
}
