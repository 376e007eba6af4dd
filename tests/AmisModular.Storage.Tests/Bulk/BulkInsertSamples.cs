namespace AmisModular.Storage.Tests.Bulk;

/// <summary>Rows shared by the bulk writer's tests.</summary>
public static class BulkInsertSamples
{
    public static string Code() => "c" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Values at the edges of each encoding: money to ten-thousandths, negative, sub-second offsets, Vietnamese text, nulls.</summary>
    public static BulkProbeRow Sample(string code, int i) => new()
    {
        Id = Guid.CreateVersion7(),
        Code = code,
        Note = i % 3 == 0 ? null : $"Chi tiền mặt – đợt {i}",
        Amount = (i % 2 == 0 ? 1 : -1) * (1_234_567.8912m + i),
        Rate = i % 4 == 0 ? null : 0.000001m * (i + 1),
        Date = new DateOnly(2026, 1, 1).AddDays(i),
        At = new DateTimeOffset(2026, 11, 28, 10, 20, 30, TimeSpan.Zero).AddTicks(1230 + (i * 10)),
        Kind = i % 2 == 0 ? BulkProbeKind.Receipt : BulkProbeKind.Payment,
        Flag = i % 2 == 1,
        Counter = long.MaxValue - i,
        Optional = i % 5 == 0 ? null : i,
    };
}
