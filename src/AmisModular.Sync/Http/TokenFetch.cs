namespace AmisModular.Sync.Http;

/// <summary>An access token (with its lifetime in seconds), or the cloud's refusal to hand it to the caller as is.</summary>
public sealed record TokenFetch(string? AccessToken, HttpResponseMessage? Refusal, int ExpiresIn = 0);
