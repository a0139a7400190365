namespace ComplaintsHub.Benchmarks;

/// <summary>The benchmark's "today", 20 November 2026, whatever the date of the run: the generated data ends there.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>Noon on 20 November 2026: the quarter measured (July to September 2026) and the financial year 2025/26 are complete by then.</summary>
    public static readonly DateTimeOffset BenchmarkNow = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now;
}
