namespace ComplaintsHub.Core.Domain;

/// <summary>The two tracks of Awaab's Law: an emergency hazard is made safe within hours, a significant one to a sequence of working days.</summary>
public enum HazardSeverity
{
    Emergency,
    Significant,
}
