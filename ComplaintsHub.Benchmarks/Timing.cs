using System.Diagnostics;

namespace ComplaintsHub.Benchmarks;

/// <summary>The median, 95th percentile and slowest of a set of timed runs, in milliseconds.</summary>
internal sealed record Timing(double Median, double P95, double Max)
{
    public static Timing Of(List<double> milliseconds)
    {
        milliseconds.Sort();
        return new Timing(milliseconds[milliseconds.Count / 2], milliseconds[(int)Math.Ceiling(milliseconds.Count * 0.95) - 1], milliseconds[^1]);
    }

    /// <summary>Times <paramref name="runs"/> runs after <paramref name="warmUps"/> untimed ones (JIT, EF Core's model, the database's cache).</summary>
    public static async Task<Timing> OfAsync(int runs, Func<Task> action, int warmUps = 1)
    {
        for (var i = 0; i < warmUps; i++) await action();
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++) times.Add(await MeasureAsync(action));
        return Of(times);
    }

    public static async Task<double> MeasureAsync(Func<Task> action)
    {
        var watch = Stopwatch.StartNew();
        await action();
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>The machine's one-minute load average where the system says it (Linux): on a shared box it explains a slow run.</summary>
    public static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}
