namespace ComplaintsHub.Core.Letters;

/// <summary>What one merge has used so far; kept in the DotLiquid context's registers so the loop tag and filters can reach it.</summary>
internal sealed class LetterSandboxBudget(LetterSandboxLimits limits, TimeProvider clock)
{
    public const string Register = "complaintshub_sandbox";

    private readonly long _started = clock.GetTimestamp();
    private int _steps;

    /// <summary>What is left of the time limit, for work the cancellation token cannot interrupt (a regular expression).</summary>
    public TimeSpan Remaining => TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerMillisecond, (limits.Time - clock.GetElapsedTime(_started)).Ticks));

    public void Step()
    {
        if (++_steps > limits.LoopSteps) throw new LetterSandboxLimitException(LetterSandbox.TooManySteps(limits));
    }

    public void CheckLength(long characters)
    {
        if (characters > limits.OutputCharacters) throw new LetterSandboxLimitException(LetterSandbox.TooLong(limits));
    }
}
