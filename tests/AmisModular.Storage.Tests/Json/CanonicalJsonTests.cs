using AmisModular.Storage.Json;

namespace AmisModular.Storage.Tests.Json;

public sealed class CanonicalJsonTests
{
    private sealed record Sample(string Zeta, decimal Amount, DateOnly Date, IReadOnlyList<Inner> Items);

    private sealed record Inner(int B, string A);

    [Fact]
    public void Serialize_SortsKeysNormalizesDecimalsAndDates()
    {
        var json = CanonicalJson.Serialize(new Sample("ạ", 1.5000m, new DateOnly(2026, 1, 5), [new Inner(2, "x")]));

        Assert.Equal("""{"amount":1.5,"date":"2026-01-05","items":[{"a":"x","b":2}],"zeta":"ạ"}""", json);
    }

    [Fact]
    public void Serialize_EqualValuesWithDifferentScale_GiveTheSameHash()
    {
        var a = CanonicalJson.Serialize(new Sample("z", 100m, default, []));
        var b = CanonicalJson.Serialize(new Sample("z", 100.0000m, default, []));

        Assert.Equal(CanonicalJson.Sha256Hex(a), CanonicalJson.Sha256Hex(b));
        Assert.Matches("^[0-9a-f]{64}$", CanonicalJson.Sha256Hex(a));
    }

    [Fact]
    public void Deserialize_RoundTripsDecimalExactly()
    {
        var back = CanonicalJson.Deserialize<Sample>(CanonicalJson.Serialize(new Sample("z", 999_999_999_999.0001m, default, [])));
        Assert.Equal(999_999_999_999.0001m, back.Amount);
    }
}
