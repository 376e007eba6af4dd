using System.Net;
using System.Net.Http.Json;
using AmisModular.Cloud.Tests.Infrastructure;
using AmisModular.Sync.Protocol;
using AmisModular.Sync.Protocol.Pull;
using AmisModular.Sync.Protocol.Push;

namespace AmisModular.Cloud.Tests;

/// <summary>Two cloud nodes (two Kestrel servers) over ONE real PostgreSQL database.</summary>
public sealed class PostgresTwoNodeTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private const string TaxCode = "0312345678";

    [Fact]
    public async Task Push_ConcurrentDevicesOnTwoNodes_ThirdDevicePullsEveryChangeOnceInOrder()
    {
        await using var first = await CloudNode.StartAsync("PostgreSql", postgres.ConnectionString);
        await using var second = await CloudNode.StartAsync("PostgreSql", postgres.ConnectionString, migrate: false);
        var tenant = await first.Admin.CreateTenantAsync(TaxCode, "Công ty Hai Nút", null, null, CancellationToken.None);
        var writers = new List<Sync.Protocol.Enrollment.EnrollResponse>();
        for (var i = 0; i < 4; i++)
        {
            writers.Add(await Devices.EnrollAsync(i % 2 == 0 ? first : second, TaxCode));
        }

        var reader = await Devices.EnrollAsync(second, TaxCode);
        const int batches = 5;
        const int perBatch = 6;

        await Task.WhenAll(writers.Select((device, index) => Task.Run(async () =>
        {
            for (var b = 0; b < batches; b++)
            {
                var node = (index + b) % 2 == 0 ? first : second;
                using var http = node.Client(device.Token);
                var mutations = Enumerable.Range(1, perBatch).Select(k =>
                {
                    var seq = (b * perBatch) + k;
                    return Devices.Voucher(seq, tenant.CompanyId, $"NVK-{device.Device.Series}-{seq:00000}", 1000m * seq);
                }).ToList();
                var response = await http.PostAsJsonAsync(SyncRoutes.Push, new PushRequest(device.Device.DeviceId, device.Device.Epoch, null, mutations), ProtocolJson.Options);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var acks = (await response.Content.ReadFromJsonAsync<PushResponse>(ProtocolJson.Options))!.Acks;
                Assert.All(acks, a => Assert.Equal(AckStatus.Accepted, a.Status));
            }
        })));

        var seen = new List<ChangeItem>();
        long cursor = 0;
        using (var http = second.Client(reader.Token))
        {
            while (true)
            {
                var page = (await http.GetFromJsonAsync<ChangesPage>($"{SyncRoutes.Changes}?after={cursor}&limit=7", ProtocolJson.Options))!;
                seen.AddRange(page.Items);
                cursor = page.Next;
                if (!page.HasMore)
                {
                    Assert.Equal(writers.Count * batches * perBatch, page.HighWater);
                    break;
                }
            }
        }

        var total = writers.Count * batches * perBatch;
        Assert.Equal(Enumerable.Range(1, total).Select(i => (long)i), seen.Select(i => i.ServerSeq));
        Assert.Equal(total, seen.Select(i => i.DocumentId).Distinct().Count());
        foreach (var device in writers)
        {
            // Per device, the server applied the outbox in seq order: its changes appear in its own seq order.
            var mine = seen.Where(i => i.OriginDeviceId == device.Device.DeviceId).Select(i => i.Payload!).ToList();
            Assert.Equal(batches * perBatch, mine.Count);
            Assert.Equal(Enumerable.Range(1, batches * perBatch).Select(seq => $"NVK-{device.Device.Series}-{seq:00000}"),
                mine.Select(p => System.Text.Json.JsonDocument.Parse(p).RootElement.GetProperty("taxNumber").GetString()));
        }
    }

    [Fact]
    public async Task Push_SameBatchConcurrentlyOnBothNodes_AppliedOnceOtherIsDuplicate()
    {
        await using var first = await CloudNode.StartAsync("PostgreSql", postgres.ConnectionString);
        await using var second = await CloudNode.StartAsync("PostgreSql", postgres.ConnectionString, migrate: false);
        var tenant = await first.Admin.CreateTenantAsync("0398765432", "Công ty Trùng", null, null, CancellationToken.None);
        var device = await Devices.EnrollAsync(first, "0398765432");
        var request = new PushRequest(device.Device.DeviceId, device.Device.Epoch, null,
            [.. Enumerable.Range(1, 5).Select(seq => Devices.Voucher(seq, tenant.CompanyId, $"T-{seq}", 500m))]);
        using var a = first.Client(device.Token);
        using var b = second.Client(device.Token);

        var responses = await Task.WhenAll(
            a.PostAsJsonAsync(SyncRoutes.Push, request, ProtocolJson.Options),
            b.PostAsJsonAsync(SyncRoutes.Push, request, ProtocolJson.Options));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var acks = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<PushResponse>(ProtocolJson.Options))!.Acks));
        Assert.Single(acks, set => set.All(x => x.Status == AckStatus.Accepted));
        Assert.Single(acks, set => set.All(x => x.Status == AckStatus.Duplicate));
        Assert.Equal(acks[0].Select(x => x.ServerSeq), acks[1].Select(x => x.ServerSeq));
    }

    /// <summary>
    /// The feed is read WHILE writers on both nodes commit: a reader alternating between the nodes, paging after its
    /// cursor as a desktop does, must still see every serverSeq exactly once with no gap. Were a later-committing push
    /// able to hold a lower seq than one already visible, the reader's cursor would pass it and the change would be lost.
    /// </summary>
    [Fact]
    public async Task Pull_WhileDevicesPushOnBothNodes_ReaderOnBothNodesNeverSkipsOrRepeatsAChange()
    {
        const string taxCode = "0387654321";
        await using var first = await CloudNode.StartAsync("PostgreSql", postgres.ConnectionString);
        await using var second = await CloudNode.StartAsync("PostgreSql", postgres.ConnectionString, migrate: false);
        var tenant = await first.Admin.CreateTenantAsync(taxCode, "Công ty Đọc Song Song", null, null, CancellationToken.None);
        var writers = new List<Sync.Protocol.Enrollment.EnrollResponse>();
        for (var i = 0; i < 4; i++)
        {
            writers.Add(await Devices.EnrollAsync(i % 2 == 0 ? first : second, taxCode));
        }

        var reader = await Devices.EnrollAsync(first, taxCode);
        const int batches = 12;
        var total = 0;
        var writing = Task.WhenAll(writers.Select((device, index) => Task.Run(async () =>
        {
            var seq = 0;
            for (var b = 0; b < batches; b++)
            {
                // Batches of 1 to 4 changes: pushes of different lengths commit in an order unlike the one they started in.
                var size = 1 + ((index + b) % 4);
                var mutations = Enumerable.Range(0, size).Select(_ =>
                {
                    seq++;
                    return Devices.Voucher(seq, tenant.CompanyId, $"NVK-{device.Device.Series}-{seq:00000}", 1000m * seq);
                }).ToArray();
                var node = (index + b) % 2 == 0 ? first : second;
                var acks = await Devices.PushAsync(node, device, mutations);
                Assert.All(acks, a => Assert.Equal(AckStatus.Accepted, a.Status));
                Interlocked.Add(ref total, size);
            }
        })));

        var seen = new List<long>();
        long cursor = 0;
        var reads = 0;
        using var onFirst = first.Client(reader.Token);
        using var onSecond = second.Client(reader.Token);
        while (true)
        {
            var done = writing.IsCompleted;
            var http = reads++ % 2 == 0 ? onFirst : onSecond;
            var page = (await http.GetFromJsonAsync<ChangesPage>($"{SyncRoutes.Changes}?after={cursor}&limit=5", ProtocolJson.Options))!;
            seen.AddRange(page.Items.Select(i => i.ServerSeq));
            cursor = page.Next;
            if (done && !page.HasMore)
            {
                break;
            }
        }

        await writing;
        Assert.True(reads > 10, $"the reader read only {reads} pages, too few to overlap the writers");
        Assert.Equal(Enumerable.Range(1, total).Select(i => (long)i), seen);
    }

    /// <summary>
    /// A device's series is in every number it makes. Eight devices enrolled at the same moment through two nodes must
    /// get eight series (before the tenant lock, enrollments committing together counted the same devices and shared one).
    /// </summary>
    [Fact]
    public async Task Enroll_EightDevicesAtOnceOnTwoNodes_EachGetsItsOwnSeries()
    {
        const string taxCode = "0376543210";
        await using var first = await CloudNode.StartAsync("PostgreSql", postgres.ConnectionString);
        await using var second = await CloudNode.StartAsync("PostgreSql", postgres.ConnectionString, migrate: false);
        await first.Admin.CreateTenantAsync(taxCode, "Công ty Đăng Ký Cùng Lúc", null, null, CancellationToken.None);
        var codes = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            codes.Add((await first.Admin.IssueEnrollmentCodeAsync(taxCode, null, TimeSpan.FromHours(1), CancellationToken.None)).Code);
        }

        var enrolled = await Task.WhenAll(codes.Select((code, i) => Task.Run(async () =>
        {
            using var http = (i % 2 == 0 ? first : second).Client();
            var response = await http.PostAsJsonAsync(SyncRoutes.Devices, new Sync.Protocol.Enrollment.EnrollRequest(code, Guid.CreateVersion7(), $"may-{i}", null), ProtocolJson.Options);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<Sync.Protocol.Enrollment.EnrollResponse>(ProtocolJson.Options))!.Device.Series;
        })));

        Assert.Equal(Enumerable.Range(1, 8).Select(n => $"D{n}"), enrolled.Order(StringComparer.Ordinal).OrderBy(s => s.Length));
    }
}
