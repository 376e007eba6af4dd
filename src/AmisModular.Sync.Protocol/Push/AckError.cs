namespace AmisModular.Sync.Protocol.Push;

/// <param name="Code">One of <see cref="RejectionCodes"/>.</param>
/// <param name="Message">A reason a person can read, Vietnamese first then English.</param>
public sealed record AckError(string Code, string Message, bool Retryable);
