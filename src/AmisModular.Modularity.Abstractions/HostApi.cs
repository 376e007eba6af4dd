namespace AmisModular.Modularity.Abstractions;

/// <summary>The version of the module SDK. A module's manifest declares the host API range it was built for.</summary>
public static class HostApi
{
    public const string Version = "1.0.0";
}
