using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Refusals;

namespace ComplaintsHub.Core.Domain;

/// <summary>
/// Council-wide reporting settings: one row, kept by the complaints team. The target is the share of responses
/// that should go out within timescale (councils publish targets such as 90%, the default).
/// </summary>
public sealed class ReportingSettings : SetupEntity
{
    public const int SingletonId = 1;
    public const decimal DefaultTargetPercent = 90m;

    private ReportingSettings() { }

    public static ReportingSettings CreateDefault() => new() { Id = SingletonId, TimescaleTargetPercent = DefaultTargetPercent };

    public int Id { get; private set; }
    public decimal TimescaleTargetPercent { get; private set; }

    public void SetTarget(decimal percent)
    {
        if (percent < NumberLimits.MinTargetPercent || percent > NumberLimits.MaxTargetPercent)
        {
            throw new DomainException($"The target is a percentage from {NumberLimits.MinTargetPercent:0} to {NumberLimits.MaxTargetPercent:0}.");
        }

        // Refused rather than rounded: the figure saved is the figure typed.
        if (decimal.Round(percent, 1) != percent) throw new DomainException("The target can have at most one decimal place, e.g. 92.5.");
        TimescaleTargetPercent = percent;
    }
}
