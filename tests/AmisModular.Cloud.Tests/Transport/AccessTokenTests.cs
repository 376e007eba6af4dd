using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AmisModular.Cloud.Auth;
using AmisModular.Cloud.Data;
using AmisModular.Cloud.Tests.Infrastructure;
using AmisModular.Sync.Protocol;
using AmisModular.Sync.Protocol.Auth;
using AmisModular.Sync.Protocol.Enrollment;
using AmisModular.Sync.Protocol.Errors;
using AmisModular.Sync.Protocol.Hello;
using AmisModular.Sync.Protocol.Pull;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Cloud.Tests.Transport;

/// <summary>
/// Scenario 14 and AUTH of sync-protocol.md on the wire: POST /sync/v1/token trades the device credential for a
/// short-lived signed access token; only that token opens the sync routes; expired → 401 token-expired; forged or
/// tampered (another tenant's book) → 401; revoked → 403 at once. Real Kestrel over SQLite, raw HTTP.
/// </summary>
public sealed class AccessTokenTests : IAsyncLifetime
{
    private readonly string directory = Directory.CreateTempSubdirectory("amis-cloud-").FullName;
    private readonly ShiftedClock clock = new();
    private CloudNode node = null!;

    private string Database => $"Data Source={Path.Combine(directory, "cloud.db")};Pooling=False";

    public async Task InitializeAsync() => node = await CloudNode.StartAsync("Sqlite", Database, clock: clock);

    public async Task DisposeAsync()
    {
        await node.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Scenario14_Token_CredentialBuysShortLivedTokenThatOpensSyncRoutes()
    {
        await node.Admin.CreateTenantAsync("0100000011", "Công ty A", null, null, CancellationToken.None);
        var device = await Devices.EnrollAsync(node, "0100000011");

        var token = await TokenAsync(device.Token);
        using var http = Bearer(token.AccessToken);
        var hello = (await http.GetFromJsonAsync<HelloResponse>(SyncRoutes.Hello, ProtocolJson.Options))!;

        Assert.Equal(("Bearer", 3600), (token.TokenType, token.ExpiresIn));
        Assert.StartsWith(DeviceCredentials.AccessTokenPrefix, token.AccessToken, StringComparison.Ordinal);
        Assert.Equal(device.Device.DeviceId, hello.Device!.DeviceId);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"{SyncRoutes.Changes}?after=0")).StatusCode);
    }

    [Fact]
    public async Task Scenario14_CredentialAsBearer_401OnSyncRoutes()
    {
        await node.Admin.CreateTenantAsync("0100000012", "Công ty B", null, null, CancellationToken.None);
        var device = await Devices.EnrollAsync(node, "0100000012");
        using var http = Bearer(device.Token);

        var response = await http.GetAsync($"{SyncRoutes.Changes}?after=0");

        await AssertErrorAsync(response, HttpStatusCode.Unauthorized, SyncErrorCodes.Unauthorized);
    }

    [Fact]
    public async Task Scenario14_ExpiredToken_401TokenExpiredAndANewTokenWorks()
    {
        await node.Admin.CreateTenantAsync("0100000013", "Công ty C", null, null, CancellationToken.None);
        var device = await Devices.EnrollAsync(node, "0100000013");
        var old = await TokenAsync(device.Token);

        clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        using var expired = Bearer(old.AccessToken);
        var refused = await expired.GetAsync($"{SyncRoutes.Changes}?after=0");
        using var fresh = Bearer((await TokenAsync(device.Token)).AccessToken);

        await AssertErrorAsync(refused, HttpStatusCode.Unauthorized, SyncErrorCodes.TokenExpired);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync($"{SyncRoutes.Changes}?after=0")).StatusCode);
    }

    [Fact]
    public async Task Scenario14_TamperedClaimsForAnotherTenantsBook_401AndNothingLeaks()
    {
        await node.Admin.CreateTenantAsync("0100000014", "Công ty X", null, null, CancellationToken.None);
        var y = await node.Admin.CreateTenantAsync("0100000015", "Công ty Y", null, null, CancellationToken.None);
        var deviceX = await Devices.EnrollAsync(node, "0100000014");
        var deviceY = await Devices.EnrollAsync(node, "0100000015");
        using (var asY = node.Client(deviceY.Token))
        {
            (await asY.PostAsJsonAsync(SyncRoutes.Push, new Sync.Protocol.Push.PushRequest(deviceY.Device.DeviceId, 1, null,
                [Devices.Voucher(1, y.CompanyId, "Y-1", 10m)]), ProtocolJson.Options)).EnsureSuccessStatusCode();
        }

        var token = (await TokenAsync(deviceX.Token)).AccessToken;
        var parts = token.Split('.');
        var claims = JsonNode.Parse(FromBase64Url(parts[1]))!;
        claims["bookId"] = y.BookId.ToString();
        claims["tenantId"] = y.TenantId.ToString();
        var tampered = $"{parts[0]}.{Base64Url(Encoding.UTF8.GetBytes(claims.ToJsonString()))}.{parts[2]}";
        var badSignature = $"{parts[0]}.{parts[1]}.{(parts[2][0] == 'A' ? 'B' : 'A')}{parts[2][1..]}";
        using var withTampered = Bearer(tampered);
        using var withBadSignature = Bearer(badSignature);
        using var unsigned = Bearer($"{parts[0]}.{parts[1]}");

        await AssertErrorAsync(await withTampered.GetAsync($"{SyncRoutes.Changes}?after=0&p={y.BookId}"), HttpStatusCode.Unauthorized, SyncErrorCodes.Unauthorized);
        await AssertErrorAsync(await withTampered.GetAsync($"{SyncRoutes.Changes}?after=0"), HttpStatusCode.Unauthorized, SyncErrorCodes.Unauthorized);
        await AssertErrorAsync(await withBadSignature.GetAsync($"{SyncRoutes.Changes}?after=0"), HttpStatusCode.Unauthorized, SyncErrorCodes.Unauthorized);
        await AssertErrorAsync(await unsigned.GetAsync(SyncRoutes.Hello), HttpStatusCode.Unauthorized, SyncErrorCodes.Unauthorized);
    }

    /// <summary>Even a token signed with the real key is refused when its claims do not match the device row.</summary>
    [Fact]
    public async Task Scenario14_SignedTokenNamingAnotherTenantsBook_401()
    {
        await node.Admin.CreateTenantAsync("0100000016", "Công ty X", null, null, CancellationToken.None);
        var y = await node.Admin.CreateTenantAsync("0100000017", "Công ty Y", null, null, CancellationToken.None);
        var deviceX = await Devices.EnrollAsync(node, "0100000016");
        await using var db = node.Database();
        var row = await db.Devices.AsNoTracking().SingleAsync(d => d.Id == deviceX.Device.DeviceId);
        var tokens = node.Services.GetRequiredService<AccessTokens>();
        var (crafted, _) = await tokens.IssueAsync(new Device
        {
            Id = row.Id, TenantId = y.TenantId, BookId = y.BookId, Epoch = row.Epoch, SecretHash = row.SecretHash,
        }, CancellationToken.None);
        using var http = Bearer(crafted);

        var response = await http.GetAsync($"{SyncRoutes.Changes}?after=0");

        await AssertErrorAsync(response, HttpStatusCode.Unauthorized, SyncErrorCodes.Unauthorized);
    }

    [Fact]
    public async Task Scenario14_TokenIssuedBeforeRevocation_403AtOnceAndNoNewToken()
    {
        await node.Admin.CreateTenantAsync("0100000018", "Công ty D", null, null, CancellationToken.None);
        var device = await Devices.EnrollAsync(node, "0100000018");
        var token = await TokenAsync(device.Token);
        using var http = Bearer(token.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"{SyncRoutes.Changes}?after=0")).StatusCode);

        await node.Admin.RevokeDeviceAsync(device.Device.DeviceId, CancellationToken.None);
        var refused = await http.GetAsync($"{SyncRoutes.Changes}?after=0");
        using var anonymous = node.Client();
        var noToken = await anonymous.PostAsJsonAsync(SyncRoutes.Token, new TokenRequest(device.Token), ProtocolJson.Options);

        await AssertErrorAsync(refused, HttpStatusCode.Forbidden, SyncErrorCodes.DeviceRevoked);
        await AssertErrorAsync(noToken, HttpStatusCode.Forbidden, SyncErrorCodes.DeviceRevoked);
    }

    [Fact]
    public async Task Scenario14_WrongOrMalformedCredential_401AtTokenEndpoint()
    {
        await node.Admin.CreateTenantAsync("0100000019", "Công ty E", null, null, CancellationToken.None);
        var device = await Devices.EnrollAsync(node, "0100000019");
        using var http = node.Client();

        var wrongSecret = await http.PostAsJsonAsync(SyncRoutes.Token, new TokenRequest(device.Token[..^4] + "AAAA"), ProtocolJson.Options);
        var unknownDevice = await http.PostAsJsonAsync(SyncRoutes.Token, new TokenRequest($"amd1.{Guid.NewGuid():N}.{device.Token.Split('.')[2]}"), ProtocolJson.Options);
        var malformed = await http.PostAsJsonAsync(SyncRoutes.Token, new TokenRequest("not a credential"), ProtocolJson.Options);

        await AssertErrorAsync(wrongSecret, HttpStatusCode.Unauthorized, SyncErrorCodes.Unauthorized);
        await AssertErrorAsync(unknownDevice, HttpStatusCode.Unauthorized, SyncErrorCodes.Unauthorized);
        await AssertErrorAsync(malformed, HttpStatusCode.Unauthorized, SyncErrorCodes.Unauthorized);
    }

    /// <summary>The signing key lives in the database: a token from one node opens another node over the same database.</summary>
    [Fact]
    public async Task Token_IssuedByOneNode_AcceptedByAnotherNodeOverTheSameDatabase()
    {
        await node.Admin.CreateTenantAsync("0100000020", "Công ty F", null, null, CancellationToken.None);
        var device = await Devices.EnrollAsync(node, "0100000020");
        await using var second = await CloudNode.StartAsync("Sqlite", Database, migrate: false, clock: clock);
        var token = await TokenAsync(device.Token);

        using var http = new HttpClient { BaseAddress = second.Address };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        var hello = (await http.GetFromJsonAsync<HelloResponse>(SyncRoutes.Hello, ProtocolJson.Options))!;

        Assert.Equal(device.Device.DeviceId, hello.Device!.DeviceId);
    }

    /// <summary>A retried enrollment rotates the secret: tokens bought with the lost secret stop working too.</summary>
    [Fact]
    public async Task Enroll_RetriedWithSameCodeAndDevice_SameDeviceNewSecretOldSecretAndItsTokensRefused()
    {
        await node.Admin.CreateTenantAsync("0100000021", "Công ty G", null, null, CancellationToken.None);
        var code = await node.Admin.IssueEnrollmentCodeAsync("0100000021", "CN1", TimeSpan.FromHours(1), CancellationToken.None);
        var deviceId = Guid.CreateVersion7();
        using var http = node.Client();
        var first = await EnrollAsync(http, code.Code, deviceId);
        var oldToken = await TokenAsync(first.Token);

        var second = await EnrollAsync(http, code.Code, deviceId);
        var stranger = await http.PostAsJsonAsync(SyncRoutes.Devices, new EnrollRequest(code.Code, Guid.CreateVersion7(), "other", null), ProtocolJson.Options);
        using var withOldToken = Bearer(oldToken.AccessToken);

        Assert.Equal(first.Device, second.Device);
        Assert.NotEqual(first.Token, second.Token);
        await AssertErrorAsync(stranger, HttpStatusCode.BadRequest, SyncErrorCodes.InvalidEnrollmentCode);
        await AssertErrorAsync(await http.PostAsJsonAsync(SyncRoutes.Token, new TokenRequest(first.Token), ProtocolJson.Options),
            HttpStatusCode.Unauthorized, SyncErrorCodes.Unauthorized);
        await AssertErrorAsync(await withOldToken.GetAsync($"{SyncRoutes.Changes}?after=0"), HttpStatusCode.Unauthorized, SyncErrorCodes.Unauthorized);
        Assert.Equal("Bearer", (await TokenAsync(second.Token)).TokenType);
        await using var db = node.Database();
        Assert.Equal(deviceId, (await db.Devices.AsNoTracking().SingleAsync()).Id);
    }

    [Fact]
    public async Task Enroll_RetryAfterTheCodeExpired_Refused()
    {
        await node.Admin.CreateTenantAsync("0100000022", "Công ty H", null, null, CancellationToken.None);
        var code = await node.Admin.IssueEnrollmentCodeAsync("0100000022", null, TimeSpan.FromMinutes(30), CancellationToken.None);
        var deviceId = Guid.CreateVersion7();
        using var http = node.Client();
        var first = await EnrollAsync(http, code.Code, deviceId);

        clock.Advance(TimeSpan.FromMinutes(31));
        var late = await http.PostAsJsonAsync(SyncRoutes.Devices, new EnrollRequest(code.Code, deviceId, "test", null), ProtocolJson.Options);

        await AssertErrorAsync(late, HttpStatusCode.BadRequest, SyncErrorCodes.InvalidEnrollmentCode);
        Assert.Equal("Bearer", (await TokenAsync(first.Token)).TokenType);
    }

    private static async Task<EnrollResponse> EnrollAsync(HttpClient http, string code, Guid deviceId)
    {
        var response = await http.PostAsJsonAsync(SyncRoutes.Devices, new EnrollRequest(code, deviceId, "test", null), ProtocolJson.Options);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<EnrollResponse>(ProtocolJson.Options))!;
    }

    [Fact]
    public async Task RotateKey_TokensOfTheOldKeyAcceptedUntilTheyExpire_NewTokensUseTheNewKey()
    {
        await node.Admin.CreateTenantAsync("0100000021", "Công ty Xoay Khóa", null, null, CancellationToken.None);
        var device = await Devices.EnrollAsync(node, "0100000021");
        var before = await TokenAsync(device.Token);

        await node.Services.GetRequiredService<AccessTokens>().RotateAsync(dropPrevious: false, CancellationToken.None);
        var after = await TokenAsync(device.Token);

        using var old = Bearer(before.AccessToken);
        using var fresh = Bearer(after.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await old.GetAsync($"{SyncRoutes.Changes}?after=0")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync($"{SyncRoutes.Changes}?after=0")).StatusCode);
        Assert.NotEqual(before.AccessToken.Split('.')[^1], after.AccessToken.Split('.')[^1]);
        await using var db = node.Database();
        Assert.Equal(2, await db.Meta.CountAsync(m => m.Key == ServerMeta.AccessTokenKey || m.Key == ServerMeta.PreviousAccessTokenKey));
    }

    [Fact]
    public async Task RotateKey_DropPrevious_OldTokens401AndTheEngineHandlerRefreshesWithItsCredential()
    {
        await node.Admin.CreateTenantAsync("0100000022", "Công ty Khóa Lộ", null, null, CancellationToken.None);
        var device = await Devices.EnrollAsync(node, "0100000022");
        var before = await TokenAsync(device.Token);
        using var engine = node.Client(device.Token); // the engine's AccessTokenHandler: caches a token, refreshes once on 401
        Assert.Equal(HttpStatusCode.OK, (await engine.GetAsync($"{SyncRoutes.Changes}?after=0")).StatusCode);

        await node.Services.GetRequiredService<AccessTokens>().RotateAsync(dropPrevious: true, CancellationToken.None);

        using var old = Bearer(before.AccessToken);
        Assert.Equal(HttpStatusCode.Unauthorized, (await old.GetAsync($"{SyncRoutes.Changes}?after=0")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await engine.GetAsync($"{SyncRoutes.Changes}?after=0")).StatusCode);
        await using var db = node.Database();
        Assert.Equal(0, await db.Meta.CountAsync(m => m.Key == ServerMeta.PreviousAccessTokenKey));
    }

    [Fact]
    public async Task RotateKey_OnOneNode_AnotherNodeOverTheSameDatabaseFollowsWithinTheKeyCacheLifetime()
    {
        await using var other = await CloudNode.StartAsync("Sqlite", Database, migrate: false, clock: clock);
        await node.Admin.CreateTenantAsync("0100000023", "Công ty Hai Nút", null, null, CancellationToken.None);
        var device = await Devices.EnrollAsync(node, "0100000023");
        var before = await TokenAsync(device.Token);
        using var atOther = new HttpClient { BaseAddress = other.Address };
        atOther.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", before.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await atOther.GetAsync($"{SyncRoutes.Changes}?after=0")).StatusCode);

        await node.Services.GetRequiredService<AccessTokens>().RotateAsync(dropPrevious: true, CancellationToken.None);
        var stillCached = await atOther.GetAsync($"{SyncRoutes.Changes}?after=0");
        clock.Advance(AccessTokens.KeyCacheLifetime + TimeSpan.FromSeconds(1));
        var reread = await atOther.GetAsync($"{SyncRoutes.Changes}?after=0");

        Assert.Equal(HttpStatusCode.OK, stillCached.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, reread.StatusCode);
    }

    private async Task<TokenResponse> TokenAsync(string credential)
    {
        using var http = node.Client();
        var response = await http.PostAsJsonAsync(SyncRoutes.Token, new TokenRequest(credential), ProtocolJson.Options);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<TokenResponse>(ProtocolJson.Options))!;
    }

    private HttpClient Bearer(string token)
    {
        var http = new HttpClient { BaseAddress = node.Address };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    private static async Task AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(code, (await response.Content.ReadFromJsonAsync<SyncErrorBody>(ProtocolJson.Options))!.Code);
    }

    private static string FromBase64Url(string text)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        return Encoding.UTF8.GetString(Convert.FromBase64String(base64 + new string('=', (4 - (base64.Length % 4)) % 4)));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
