namespace ComplaintsHub.Tests.Import;

/// <summary>Progress&lt;T&gt; posts to the thread pool; this reports at once, in order.</summary>
internal sealed class SynchronousProgress(Action<int> report) : IProgress<int>
{
    public void Report(int value) => report(value);
}
