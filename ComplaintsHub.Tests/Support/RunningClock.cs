namespace ComplaintsHub.Tests.Support;

/// <summary>
/// The running web app's clock in the tests: it starts at <see cref="TestToday.Now"/> and moves at real speed. A clock
/// that stands still (FakeTimeProvider) cannot serve a real server: MudBlazor's debounced inputs wait on the app's
/// TimeProvider, so the caller search and the template editor's check-as-you-type would never fire. A test run lasts
/// minutes and starts at 10:00, so "today" stays the named day throughout unless a test moves it on.
/// </summary>
public sealed class RunningClock(DateTimeOffset start) : TimeProvider
{
    private readonly long _startedAt = System.GetTimestamp();
    private long _skippedTicks;

    public override DateTimeOffset GetUtcNow() => start + System.GetElapsedTime(_startedAt) + TimeSpan.FromTicks(Interlocked.Read(ref _skippedTicks));

    /// <summary>Moves the clock on at once, as if that much time had passed (a session running out, a deadline passing).</summary>
    public void Advance(TimeSpan by) => Interlocked.Add(ref _skippedTicks, by.Ticks);
}
