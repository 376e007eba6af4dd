using System.Text;
using AmisModular.Sync.Tests.Infrastructure;

namespace AmisModular.Sync.Tests.Chaos;

/// <summary>The seed, the dice and what happened, printed with every failure so a run can be replayed and read.</summary>
public sealed class ChaosRun(int seed, int operations)
{
    private readonly Dictionary<string, int> mix = new(StringComparer.Ordinal);

    public int Seed => seed;

    public int Operations => operations;

    public Random Dice { get; } = new(seed);

    public int Syncs { get; set; }

    public int Disconnects { get; set; }

    public int Cancelled { get; set; }

    public int Restarts { get; set; }

    public int QuietAfterRounds { get; set; }

    public int Documents { get; set; }

    public long ServerChanges { get; set; }

    public List<string> Parked { get; } = [];

    public void Count(ChaosOperation operation, string outcome)
    {
        var key = $"{operation} {outcome}";
        mix[key] = mix.GetValueOrDefault(key) + 1;
    }

    public string Describe(ChaosNetwork network)
    {
        var text = new StringBuilder();
        text.AppendLine($"seed {seed} (AMIS_CHAOS_SEED={seed}), {operations} operations, {Syncs} syncs, {Disconnects} disconnects, {Cancelled} cancelled runs, {Restarts} restarts");
        text.AppendLine($"network: {network}; quiet after {QuietAfterRounds} calm rounds; {Documents} documents, {ServerChanges} server changes");
        foreach (var (key, value) in mix.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.AppendLine($"  {key}: {value}");
        }

        text.AppendLine($"parked ({Parked.Count}):");
        foreach (var line in Parked.Take(40))
        {
            text.AppendLine("  " + line);
        }

        return text.ToString();
    }
}
