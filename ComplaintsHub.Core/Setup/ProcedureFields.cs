namespace ComplaintsHub.Core.Setup;

/// <summary>The field names a refused procedure change is reported under, so the page shows it next to the field.</summary>
public static class ProcedureFields
{
    public const string Name = "Name";
    public const string Ombudsman = "Ombudsman";
    public const string OmbudsmanWebsite = "OmbudsmanWebsite";
    public const string OmbudsmanTimeLimitMonths = "OmbudsmanTimeLimitMonths";
    public const string RetentionYears = "RetentionYears";
    public const string AllowsInformalResolution = "AllowsInformalResolution";
    public const string Stages = "Stages";
    public const string AcknowledgeWorkingDays = "AcknowledgeWorkingDays";
    public const string ResponseWorkingDays = "ResponseWorkingDays";
    public const string MaxExtensionWorkingDays = "MaxExtensionWorkingDays";
    public const string EscalationWindow = "EscalationWindow";

    /// <summary>A stage's field, e.g. <c>Stage1.ResponseWorkingDays</c>.</summary>
    public static string Stage(int number, string field) => $"Stage{number}.{field}";
}
