using System.Text;
using System.Text.Json;
using AmisModular.Cloud.Auth;
using AmisModular.Cloud.Data;
using AmisModular.Cloud.Hosting;
using AmisModular.Cloud.Push;
using AmisModular.Cloud.Tests.Push.Reference;
using AmisModular.Storage.Configuration;
using AmisModular.Sync.Protocol;
using AmisModular.Sync.Protocol.Hello;
using AmisModular.Sync.Protocol.Push;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace AmisModular.Cloud.Tests.Push;

/// <summary>
/// Two cloud databases seeded alike (same tenant, book, device, fiscal year, locked period): requests go to the
/// per-mutation reference processor on one and to the production processor on the other, and the answers and every
/// row the push writes can be compared.
/// </summary>
public sealed class PushTwin
{
    public static readonly Guid TenantId = Guid.Parse("0196a000-0000-7000-8000-000000000001");
    public static readonly Guid CompanyId = Guid.Parse("0196a000-0000-7000-8000-000000000002");
    public static readonly Guid BookId = Guid.Parse("0196a000-0000-7000-8000-000000000003");
    public static readonly Guid DeviceId = Guid.Parse("0196a000-0000-7000-8000-000000000004");

    /// <summary>Documents dated on or before this day are in a locked period.</summary>
    public static readonly DateOnly LockedThrough = new(2026, 1, 31);

    private PushTwin(CloudDbFactory reference, CloudDbFactory candidate) => (Reference, Candidate) = (reference, candidate);

    public CloudDbFactory Reference { get; }

    public CloudDbFactory Candidate { get; }

    /// <summary>core and cash at schema 1, as the cloud's defaults.</summary>
    public static CloudOptions Options(int cashMax = 1) => new()
    {
        Modules = new(StringComparer.Ordinal) { ["core"] = new SchemaWindow(1, 1), ["cash"] = new SchemaWindow(1, cashMax) },
    };

    public static async Task<PushTwin> CreateAsync(StoreProvider provider, string referenceConnection, string candidateConnection)
    {
        var twin = new PushTwin(Factory(provider, referenceConnection), Factory(provider, candidateConnection));
        await SeedAsync(twin.Reference);
        await SeedAsync(twin.Candidate);
        return twin;
    }

    /// <summary>Pushes the request through both processors; returns both answers (status code and body as JSON).</summary>
    public async Task<(string Reference, string Candidate)> PushAsync(PushRequest request, CloudOptions? options = null)
    {
        options ??= Options();
        var rules = Rules();
        var reference = new PerMutationPushProcessor(Reference, options, rules, new FixedClock(), NullLogger<PerMutationPushProcessor>.Instance);
        var candidate = new PushProcessor(Candidate, options, rules, new FixedClock(), NullLogger<PushProcessor>.Instance);
        var referenceAnswer = await reference.PushAsync(await CallerAsync(Reference), request, CancellationToken.None);
        var candidateAnswer = await candidate.PushAsync(await CallerAsync(Candidate), request, CancellationToken.None);
        return (Describe(referenceAnswer), Describe(candidateAnswer));
    }

    public static PushRequest Request(params Mutation[] mutations) => new(DeviceId, 1, null, mutations);

    public static async Task<long> LastSeqAsync(CloudDbFactory factory)
    {
        await using var db = factory.Create();
        return (await db.Devices.AsNoTracking().SingleAsync(d => d.Id == DeviceId)).LastSeq;
    }

    public static async Task<List<CloudDocument>> DocumentsAsync(CloudDbFactory factory)
    {
        await using var db = factory.Create();
        return await db.Documents.AsNoTracking().ToListAsync();
    }

    /// <summary>Every row a push writes or changes, in key order, one JSON line per row.</summary>
    public static async Task<string> RowsAsync(CloudDbFactory factory)
    {
        await using var db = factory.Create();
        var text = new StringBuilder();
        Append(text, "book", await db.Books.AsNoTracking().Select(b => new { b.Id, b.LastServerSeq }).ToListAsync());
        Append(text, "device", await db.Devices.AsNoTracking().Select(d => new { d.Id, d.LastSeq, d.LastSeenAt }).ToListAsync());
        Append(text, "document", (await db.Documents.AsNoTracking().ToListAsync()).OrderBy(d => d.DocumentId));
        Append(text, "change", (await db.ChangeLog.AsNoTracking().ToListAsync()).OrderBy(c => c.ServerSeq));
        Append(text, "ack", (await db.Acks.AsNoTracking().ToListAsync()).OrderBy(a => a.Seq));
        Append(text, "line", (await db.JournalLines.AsNoTracking().ToListAsync()).OrderBy(l => l.DocumentId).ThenBy(l => l.Ledger).ThenBy(l => l.LineNo));
        return text.ToString();
    }

    public static string Describe(IResult result) =>
        $"{(result as IStatusCodeHttpResult)?.StatusCode} {JsonSerializer.Serialize((result as IValueHttpResult)?.Value, ProtocolJson.Options)}";

    public static IReadOnlyList<IDocumentRule> Rules() =>
        [new GeneralJournalRule(), new CashVoucherRule(CashVoucherRule.Receipt), new CashVoucherRule(CashVoucherRule.Payment), .. CatalogRule.DocumentTypes.Select(t => new CatalogRule(t))];

    private static void Append<T>(StringBuilder text, string table, IEnumerable<T> rows)
    {
        foreach (var row in rows)
        {
            text.Append(table).Append(' ').AppendLine(JsonSerializer.Serialize(row));
        }
    }

    private static CloudDbFactory Factory(StoreProvider provider, string connection) =>
        new(new CloudDatabaseOptions { Provider = provider, ConnectionString = connection });

    private static async Task<DeviceCaller> CallerAsync(CloudDbFactory factory)
    {
        await using var db = factory.Create();
        var device = await db.Devices.AsNoTracking().SingleAsync(d => d.Id == DeviceId);
        return new DeviceCaller(device, await db.Tenants.AsNoTracking().SingleAsync(), await db.Books.AsNoTracking().SingleAsync());
    }

    private static async Task SeedAsync(CloudDbFactory factory)
    {
        await using var db = factory.Create();
        await db.Database.MigrateAsync();
        var created = new DateTimeOffset(2026, 1, 2, 8, 0, 0, TimeSpan.Zero);
        db.Tenants.Add(new Tenant { Id = TenantId, TaxCode = "0100000099", Name = "Công ty Song Sinh", CompanyId = CompanyId, LicensedModules = "cash", CreatedAt = created });
        db.Books.Add(new CloudBook { Id = BookId, TenantId = TenantId, Code = "MAIN", LockedThrough = LockedThrough });
        db.Devices.Add(new Device { Id = DeviceId, TenantId = TenantId, BookId = BookId, Series = "D1", Name = "twin", SecretHash = new string('0', 64), Epoch = 1, CreatedAt = created });
        db.FiscalYears.Add(new CloudFiscalYear { BookId = BookId, Year = 2026, StartDate = new DateOnly(2026, 1, 1), EndDate = new DateOnly(2026, 12, 31), OpenedAt = created });
        await db.SaveChangesAsync();
    }
}
