using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Refusals;

namespace ComplaintsHub.Core.Domain;

/// <summary>
/// Council-wide reporting settings: one row, kept by the complaints team. The target is the share of responses
/// that should go out within timescale (councils publish targets such as 90%, the default). The spot-check sample is
/// the share of a head of service's closed cases drawn each quarter, never fewer than the minimum (or all of them, when
/// there are fewer).
/// </summary>
public sealed class ReportingSettings : SetupEntity
{
    public const int SingletonId = 1;
    public const decimal DefaultTargetPercent = 90m;
    public const int DefaultSpotCheckMinimum = 5;
    public const decimal DefaultSpotCheckPercent = 5m;
    public const int MostSpotCheckMinimum = 50;

    private ReportingSettings() { }

    public static ReportingSettings CreateDefault() => new()
    {
        Id = SingletonId, TimescaleTargetPercent = DefaultTargetPercent, SpotCheckMinimum = DefaultSpotCheckMinimum, SpotCheckPercent = DefaultSpotCheckPercent,
    };

    public int Id { get; private set; }
    public decimal TimescaleTargetPercent { get; private set; }
    /// <summary>The fewest cases in a head of service's quarterly spot check.</summary>
    public int SpotCheckMinimum { get; private set; } = DefaultSpotCheckMinimum;
    /// <summary>The share of a head of service's closed cases drawn for the quarter's spot check.</summary>
    public decimal SpotCheckPercent { get; private set; } = DefaultSpotCheckPercent;

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

    public void SetSpotCheckSample(int minimum, decimal percent)
    {
        if (minimum < 1 || minimum > MostSpotCheckMinimum) throw new DomainException($"The fewest cases to check is a number from 1 to {MostSpotCheckMinimum}.");
        if (percent < 0 || percent > 100) throw new DomainException("The share to check is a percentage from 0 to 100.");
        if (decimal.Round(percent, 1) != percent) throw new DomainException("The share can have at most one decimal place, e.g. 2.5.");
        SpotCheckMinimum = minimum;
        SpotCheckPercent = percent;
    }
}
