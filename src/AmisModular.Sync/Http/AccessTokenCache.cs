namespace AmisModular.Sync.Http;

/// <summary>
/// The current access token per device credential, in memory only (it lives an hour; the credential in the store is
/// what survives a restart). One fetch at a time, so parallel requests after an expiry share one new token.
/// </summary>
public sealed class AccessTokenCache(TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Dictionary<string, (string Token, DateTimeOffset RefreshAt)> tokens = new(StringComparer.Ordinal);

    /// <summary>The cached token for <paramref name="credential"/>, or a new one from <paramref name="fetch"/>.</summary>
    /// <param name="stale">A token the cloud just refused: it is not handed out again.</param>
    public async Task<TokenFetch> GetAsync(string credential, string? stale, Func<CancellationToken, Task<TokenFetch>> fetch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (tokens.TryGetValue(credential, out var cached) && cached.Token != stale && cached.RefreshAt > clock.GetUtcNow())
            {
                return new TokenFetch(cached.Token, null);
            }

            tokens.Remove(credential);
            var fetched = await fetch(cancellationToken);
            if (fetched.AccessToken is { } token)
            {
                // Refresh a little early (a tenth of the lifetime, at most a minute) so a token rarely expires in flight.
                var margin = TimeSpan.FromSeconds(Math.Min(60, fetched.ExpiresIn / 10.0));
                tokens[credential] = (token, clock.GetUtcNow() + TimeSpan.FromSeconds(fetched.ExpiresIn) - margin);
            }

            return fetched;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();
}
