using System.Text.Json;
using AmisModular.EndToEnd.Tests.Infrastructure;

namespace AmisModular.EndToEnd.Tests;

/// <summary>The cloud process writes structured logs: one JSON object per line, with the message template's values.</summary>
public sealed class CloudLogTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("amis-e2e-log-").FullName;

    [Fact]
    public async Task CloudProcess_Starting_EachLogLineIsAJsonObjectWithLevelCategoryAndNamedValues()
    {
        using var cloud = ChildProcess.Start(BuildOutputs.CloudDll, new Dictionary<string, string>(),
            "--urls", "http://127.0.0.1:0", "--Cloud:Database:Provider=Sqlite",
            $"--Cloud:Database:ConnectionString=Data Source={Path.Combine(_directory, "cloud.db")};Pooling=False");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!cloud.Output.Contains("Now listening on", StringComparison.Ordinal))
        {
            Assert.False(cloud.HasExited, "The cloud process exited: " + cloud.Output);
            Assert.True(DateTime.UtcNow < deadline, "The cloud never said it was listening: " + cloud.Output);
            await Task.Delay(100);
        }

        var lines = cloud.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var entries = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var listening = entries.Single(e => e.GetProperty("Message").GetString()!.StartsWith("Now listening on", StringComparison.Ordinal));
        Assert.Equal("Information", listening.GetProperty("LogLevel").GetString());
        Assert.Equal("Microsoft.Hosting.Lifetime", listening.GetProperty("Category").GetString());
        Assert.StartsWith("http://127.0.0.1:", listening.GetProperty("State").GetProperty("address").GetString(), StringComparison.Ordinal);
        Assert.True(DateTimeOffset.TryParse(listening.GetProperty("Timestamp").GetString(), out _));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
