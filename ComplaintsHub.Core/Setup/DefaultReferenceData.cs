using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Setup;

/// <summary>
/// What every council starts with, real and nothing fictional: the procedures with the Complaint Handling Code's and the
/// statutory social care timescales, and the categories of failing. Added on the first start in any environment; the
/// complaints team changes them afterwards as data. The demo council's service areas, staff and cases are not here.
/// </summary>
public static class DefaultReferenceData
{
    public static IReadOnlyList<Procedure> Procedures()
    {
        static ProcedureStage Stage(int number, int ack, int? response, ClockStart clock, int maxExtension, int? window, EscalationWindowUnit unit = EscalationWindowUnit.CalendarDays) =>
            new(number)
            {
                AcknowledgeWorkingDays = ack,
                ResponseWorkingDays = response,
                ResponseClockStart = clock,
                MaxExtensionWorkingDays = maxExtension,
                EscalationWindow = window,
                EscalationWindowUnit = unit,
            };

        var corporate = new Procedure("Corporate", "Corporate complaints", "Local Government and Social Care Ombudsman")
        {
            OmbudsmanWebsite = "https://www.lgo.org.uk",
            AllowsInformalResolution = true,
        };
        corporate.Stages.AddRange([Stage(1, 5, 10, ClockStart.Acknowledgement, 10, 28), Stage(2, 5, 20, ClockStart.Acknowledgement, 20, null)]);

        var housing = new Procedure("Housing", "Housing (landlord) complaints", "Housing Ombudsman Service")
        {
            OmbudsmanWebsite = "https://www.housing-ombudsman.org.uk",
            AllowsInformalResolution = false,
        };
        housing.Stages.AddRange([Stage(1, 5, 10, ClockStart.Acknowledgement, 10, 28), Stage(2, 5, 20, ClockStart.Acknowledgement, 20, null)]);

        var adults = new Procedure("AdultSocialCare", "Adult social care (statutory)", "Local Government and Social Care Ombudsman")
        {
            OmbudsmanWebsite = "https://www.lgo.org.uk",
        };
        adults.Stages.Add(Stage(1, 3, null, ClockStart.Acknowledgement, 0, null));

        var children = new Procedure("ChildrensSocialCare", "Children's social care (statutory)", "Local Government and Social Care Ombudsman")
        {
            OmbudsmanWebsite = "https://www.lgo.org.uk",
            AllowsInformalResolution = true,
        };
        children.Stages.AddRange([
            Stage(1, 3, 10, ClockStart.Receipt, 10, 20, EscalationWindowUnit.WorkingDays),
            Stage(2, 5, 25, ClockStart.Receipt, 40, 20, EscalationWindowUnit.WorkingDays),
            Stage(3, 5, 30, ClockStart.Receipt, 0, null),
        ]);

        var information = new Procedure("InformationRights", "Information rights (internal review)", "Information Commissioner's Office")
        {
            OmbudsmanWebsite = "https://ico.org.uk",
            // The ICO expects a concern within three months of the last meaningful contact with the council.
            OmbudsmanTimeLimitMonths = 3,
        };
        information.Stages.Add(Stage(1, 5, 20, ClockStart.Receipt, 20, null));

        return [corporate, housing, adults, children, information];
    }

    public static readonly string[] Categories =
    [
        "Delay", "Staff conduct", "Quality of service", "Failure to act", "Policy or decision", "Communication", "Missed or failed service", "Charges and fees",
    ];
}
