using AmisModular.Modularity.Events;
using AmisModular.Modularity.Tests.Infrastructure;
using AmisModular.TestContracts;
using Microsoft.Extensions.Logging;
using Moq;

namespace AmisModular.Modularity.Tests.Events;

public sealed class EventAggregatorTests : IDisposable
{
    private readonly ModulesRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task PublishAsync_SubscriberThrows_OthersStillReceive_ErrorLogged()
    {
        var logger = new Mock<ILogger<EventAggregator>>();
        logger.Setup(l => l.IsEnabled(It.IsAny<LogLevel>())).Returns(true);
        var aggregator = new EventAggregator(logger.Object);
        var received = new List<string>();
        aggregator.Subscribe<PingEvent>((_, _) => throw new InvalidOperationException("broken subscriber"));
        aggregator.Subscribe<PingEvent>((e, _) =>
        {
            received.Add(e.Text);
            return Task.CompletedTask;
        });

        await aggregator.PublishAsync(new PingEvent("cash", "posted"));

        Assert.Equal(["posted"], received);
        logger.Verify(
            l => l.Log(LogLevel.Error, It.IsAny<EventId>(), It.IsAny<It.IsAnyType>(), It.Is<Exception>(e => e.Message == "broken subscriber"), It.IsAny<Func<It.IsAnyType, Exception?, string>>()),
            Times.Once);
    }

    [Fact]
    public async Task Subscribe_Disposed_NoLongerReceives_OtherTypesIgnored()
    {
        var aggregator = new EventAggregator();
        var count = 0;
        var subscription = aggregator.Subscribe<PingEvent>((_, _) =>
        {
            count++;
            return Task.CompletedTask;
        });

        await aggregator.PublishAsync(new PingEvent("a", "1"));
        await aggregator.PublishAsync("not a ping");
        subscription.Dispose();
        await aggregator.PublishAsync(new PingEvent("a", "2"));

        Assert.Equal(1, count);
    }

    [Fact]
    public async Task PublishAsync_ConcurrentSubscribeAndPublish_EveryEarlySubscriberGetsEveryEvent()
    {
        var aggregator = new EventAggregator();
        var counts = new int[20];
        for (var i = 0; i < counts.Length; i++)
        {
            var index = i;
            aggregator.Subscribe<PingEvent>((_, _) =>
            {
                Interlocked.Increment(ref counts[index]);
                return Task.CompletedTask;
            });
        }

        var publishers = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            for (var n = 0; n < 50; n++)
            {
                await aggregator.PublishAsync(new PingEvent("p", "x"));
            }
        }));
        var subscribers = Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            for (var n = 0; n < 50; n++)
            {
                aggregator.Subscribe<PingEvent>((_, _) => Task.CompletedTask).Dispose();
            }
        }));
        await Task.WhenAll(publishers.Concat(subscribers));

        Assert.All(counts, c => Assert.Equal(400, c));
    }

    [Fact]
    public async Task Modules_EventPublishedByOneModule_ReachesSubscriberInAnother()
    {
        _root.Install("listener", "1.0.0", TestModule.EventSubscriber);
        _root.Install("announcer", "1.0.0", TestModule.EventPublisher, m => m["dependencies"] = ModulesRoot.Dependencies(("listener", "1.0.0")));

        var host = await ModuleHost.StartAsync(_root.Options());

        Assert.Equal(Modularity.States.ModuleState.Active, host.Status("announcer").State);
        Assert.Equal(["subscriber received 'hello' from publisher"], host.Log.Lines);
    }
}
