namespace ComplaintsHub.Benchmarks;

/// <summary>The benchmark's "today", 20 November 2026, whatever the date of the run: the generated data ends there.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
