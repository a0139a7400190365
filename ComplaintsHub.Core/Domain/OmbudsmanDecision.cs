namespace ComplaintsHub.Core.Domain;

public enum OmbudsmanDecision
{
    NoFault,
    FaultNoInjustice,
    FaultAndInjustice,
    NotInvestigated,
}
