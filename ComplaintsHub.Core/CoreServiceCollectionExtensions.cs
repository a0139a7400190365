using ComplaintsHub.Core.AnnualReporting;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Contacts;
using ComplaintsHub.Core.Documents;
using ComplaintsHub.Core.DemoData;
using ComplaintsHub.Core.Email;
using ComplaintsHub.Core.Import;
using ComplaintsHub.Core.Inbox;
using ComplaintsHub.Core.Learning;
using ComplaintsHub.Core.Letters;
using ComplaintsHub.Core.Notifications;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Core.Records;
using ComplaintsHub.Core.Reports;
using ComplaintsHub.Core.Services;
using ComplaintsHub.Core.Setup;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintsHub.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>
    /// The Core services, one list for the web host and the tests. The host supplies a <see cref="TimeProvider"/>,
    /// the data layer (<c>AddComplaintsDatabase</c>) and <see cref="CouncilDetails"/> for letters.
    /// </summary>
    public static IServiceCollection AddComplaintsHubCore(this IServiceCollection services) => services
        .AddSingleton<CalendarService>()
        .AddSingleton<StaffDirectory>()
        .AddSingleton<SessionEndings>()
        .AddSingleton<StaffSessions>()
        .AddSingleton<MyWorkQuery>()
        .AddSingleton<PromisedActionsQuery>()
        .AddSingleton<ImprovementActionsQuery>()
        .AddSingleton<LessonsQuery>()
        .AddSingleton<SpotChecks>()
        .AddSingleton<SpotChecksQuery>()
        .AddSingleton<OmbudsmanAnnualReviews>()
        .AddSingleton<SelfAssessmentQuery>()
        .AddSingleton<SelfAssessments>()
        .AddSingleton<AnnualReportBuilder>()
        .AddSingleton<AnnualReports>()
        .AddSingleton<ImprovementActions>()
        .AddSingleton<HeadlineFiguresQuery>()
        .AddSingleton<DemoDataSeeder>()
        .AddSingleton<ContactLogging>()
        .AddSingleton<CaseQuery>()
        .AddSingleton<CaseRiskFlagsQuery>()
        .AddSingleton<HazardTimescaleSettings>()
        .AddSingleton<IDocumentContentStore, DatabaseDocumentContentStore>()
        .AddSingleton<DocumentIntake>()
        .AddSingleton<CaseDocuments>()
        .AddSingleton<CaseActions>()
        .AddSingleton<AssignableStaffQuery>()
        .AddSingleton<CaseListQuery>()
        .AddSingleton<PersonalDataAccessQuery>()
        .AddOptions()
        .AddSingleton<LetterPdfWriter>()
        .AddSingleton<LetterService>()
        .AddSingleton<KpiQuery>()
        .AddSingleton<KpiCaseRowsQuery>()
        .AddSingleton<ReportingSettingsService>()
        .AddSingleton<FirstStartDefaults>()
        .AddSingleton<SetupChecklistQuery>()
        .AddSingleton<ProcedureSettings>()
        .AddSingleton<CouncilSettings>()
        .AddSingleton<ReferenceDataQuery>()
        .AddSingleton<ReferenceDataAdmin>()
        .AddSingleton<CaseImporter>()
        .AddSingleton<SavedImportMappings>()
        .AddSingleton<IEmailTransport, SmtpEmailTransport>()
        .AddSingleton<OutboxSender>()
        .AddSingleton<CaseEmailsQuery>()
        .AddSingleton<EmailResending>()
        .AddSingleton<TestEmail>()
        .AddSingleton<OutboxOverviewQuery>()
        .AddSingleton<StaffNotifications>()
        .AddSingleton<NotificationSettings>()
        .AddSingleton<ReminderRun>()
        .AddSingleton<RetentionRun>()
        .AddSingleton<Erasures>()
        .AddSingleton<RecordsQuery>()
        .AddSingleton<AccessLog>()
        .AddSingleton<SubjectAccessRequests>()
        .AddSingleton<InboxIntake>()
        .AddSingleton<InboxService>();
}
