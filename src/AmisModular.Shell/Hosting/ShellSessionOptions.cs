namespace AmisModular.Shell.Hosting;

/// <summary>How long a sign-in lives without activity (sliding), read by the JS session watcher too.</summary>
public sealed record ShellSessionOptions(TimeSpan IdleTimeout)
{
    /// <summary>How often the browser asks whether the session is still alive.</summary>
    public TimeSpan CheckInterval => TimeSpan.FromSeconds(Math.Clamp(IdleTimeout.TotalSeconds / 4, 1, 30));
}
