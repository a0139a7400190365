namespace ComplaintsHub.Core.Domain;

/// <summary>Which Ombudsman a procedure's complaints go to, written once for the reports and the self-assessment.</summary>
public static class OmbudsmanSchemes
{
    public static OmbudsmanScheme Of(string procedureCode) => Procedure.IsHousingCode(procedureCode) ? OmbudsmanScheme.Housing : OmbudsmanScheme.LocalGovernment;
}
