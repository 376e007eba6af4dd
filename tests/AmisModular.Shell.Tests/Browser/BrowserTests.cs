namespace AmisModular.Shell.Tests.Browser;

/// <summary>Browser tests share one Chromium and run one after another (2 cores, real processes).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserTests : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
