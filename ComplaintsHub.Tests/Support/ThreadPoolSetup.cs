using System.Runtime.CompilerServices;

namespace ComplaintsHub.Tests.Support;

/// <summary>
/// The suite runs component tests, browser journeys and in-process servers side by side on two cores, and several of
/// them block a pool thread while they wait (bUnit's synchronous waits, Kestrel's and the SMTP server's loops). With the
/// pool's minimum at the core count, new threads came half a second apart, so a bUnit wait could run out before the
/// renderer ever got a thread to check it ("the wait condition was never checked"): the pool starts with more.
/// </summary>
internal static class ThreadPoolSetup
{
    [ModuleInitializer]
    internal static void StartWithMoreThreads()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 32), io);
    }
}
