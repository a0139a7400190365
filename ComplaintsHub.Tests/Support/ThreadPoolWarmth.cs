using System.Runtime.CompilerServices;

namespace ComplaintsHub.Tests.Support;

/// <summary>
/// The suite runs many servers in one process (the apps under test, the identity provider, the SMTP server, Blazor
/// circuits for bUnit and the browser) on two cores. The thread pool starts with one thread per core and adds about one
/// a second when its work waits, so a burst of server work queued behind blocked threads stalled tests for minutes. It
/// starts with enough threads for that burst instead.
/// </summary>
internal static class ThreadPoolWarmth
{
    [ModuleInitializer]
    internal static void Warm()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 64), Math.Max(io, 64));
    }
}
