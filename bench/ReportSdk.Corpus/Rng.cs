namespace ReportSdk.Corpus;

/// <summary>
/// SplitMix64: a tiny deterministic generator, so a seed gives the same corpus on every machine,
/// runtime version and culture (System.Random's sequence is not a documented contract).
/// </summary>
internal sealed class Rng(ulong seed)
{
    private ulong _state = seed;

    public static Rng For(int seed, int report, int attempt)
        => new(Mix((ulong)(uint)seed) ^ Mix(((ulong)(uint)report << 20) + (ulong)(uint)attempt + 0x632BE59BD9B4E019UL));

    public ulong Next()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>An integer in [min, max).</summary>
    public int Int(int min, int max) => min + (int)(Next() % (ulong)(max - min));

    public bool Chance(int percent) => Int(0, 100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Int(0, items.Count)];

    /// <summary>The items in a random order (Fisher–Yates on a copy).</summary>
    public List<T> Shuffle<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = Int(0, i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
        return list;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
