using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintsHub.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CalendarAdjustments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarAdjustments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Categories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Categories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Complainants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AddressLine1 = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    AddressLine2 = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Town = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Postcode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    PhoneDigits = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    PreferredContactMethod = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReasonableAdjustments = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    NeedsLargePrint = table.Column<bool>(type: "INTEGER", nullable: false),
                    RepresentativeName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    RepresentativeContact = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    ConsentToShareWithRepresentative = table.Column<bool>(type: "INTEGER", nullable: false),
                    AnonymisedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Complainants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Procedures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Ombudsman = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    OmbudsmanWebsite = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    OmbudsmanTimeLimitMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    AllowsInformalResolution = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Procedures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReferenceCounters",
                columns: table => new
                {
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    LastNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferenceCounters", x => new { x.Prefix, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "LetterTemplates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ProcedureId = table.Column<int>(type: "INTEGER", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 40000, nullable: false),
                    IsCurrent = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LetterTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LetterTemplates_Procedures_ProcedureId",
                        column: x => x.ProcedureId,
                        principalTable: "Procedures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProcedureStages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProcedureId = table.Column<int>(type: "INTEGER", nullable: false),
                    StageNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    AcknowledgeWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ResponseWorkingDays = table.Column<int>(type: "INTEGER", nullable: true),
                    ResponseClockStart = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MaxExtensionWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    EscalationWindow = table.Column<int>(type: "INTEGER", nullable: true),
                    EscalationWindowUnit = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcedureStages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProcedureStages_Procedures_ProcedureId",
                        column: x => x.ProcedureId,
                        principalTable: "Procedures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ServiceAreas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    DefaultProcedureId = table.Column<int>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    SharedServicePartner = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceAreas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceAreas_Procedures_DefaultProcedureId",
                        column: x => x.DefaultProcedureId,
                        principalTable: "Procedures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Subjects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ServiceAreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Subjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Subjects_ServiceAreas_ServiceAreaId",
                        column: x => x.ServiceAreaId,
                        principalTable: "ServiceAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Teams",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    ServiceAreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Teams", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Teams_ServiceAreas_ServiceAreaId",
                        column: x => x.ServiceAreaId,
                        principalTable: "ServiceAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StaffUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntraObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    JobTitle = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    TeamId = table.Column<int>(type: "INTEGER", nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastSignedInAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StaffUsers_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Complaints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Classification = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ProcedureId = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceAreaId = table.Column<int>(type: "INTEGER", nullable: false),
                    SubjectId = table.Column<int>(type: "INTEGER", nullable: true),
                    CategoryId = table.Column<int>(type: "INTEGER", nullable: true),
                    ComplainantId = table.Column<int>(type: "INTEGER", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    DesiredOutcome = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SharedServicePartner = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    PartnerStatus = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AllocatedOfficerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LoggedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    CurrentStage = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NextDueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NextDueKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedByName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    SubmissionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Complaints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Complaints_Categories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "Categories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Complaints_Complainants_ComplainantId",
                        column: x => x.ComplainantId,
                        principalTable: "Complainants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Complaints_Procedures_ProcedureId",
                        column: x => x.ProcedureId,
                        principalTable: "Procedures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Complaints_ServiceAreas_ServiceAreaId",
                        column: x => x.ServiceAreaId,
                        principalTable: "ServiceAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Complaints_StaffUsers_AllocatedOfficerId",
                        column: x => x.AllocatedOfficerId,
                        principalTable: "StaffUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Complaints_StaffUsers_LoggedById",
                        column: x => x.LoggedById,
                        principalTable: "StaffUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Complaints_Subjects_SubjectId",
                        column: x => x.SubjectId,
                        principalTable: "Subjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StaffRoles",
                columns: table => new
                {
                    StaffUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffRoles", x => new { x.StaffUserId, x.Role });
                    table.ForeignKey(
                        name: "FK_StaffRoles_StaffUsers_StaffUserId",
                        column: x => x.StaffUserId,
                        principalTable: "StaffUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StaffUserServiceAreas",
                columns: table => new
                {
                    ServiceAreasId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffUserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffUserServiceAreas", x => new { x.ServiceAreasId, x.StaffUserId });
                    table.ForeignKey(
                        name: "FK_StaffUserServiceAreas_ServiceAreas_ServiceAreasId",
                        column: x => x.ServiceAreasId,
                        principalTable: "ServiceAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StaffUserServiceAreas_StaffUsers_StaffUserId",
                        column: x => x.StaffUserId,
                        principalTable: "StaffUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ComplaintStages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ComplaintId = table.Column<int>(type: "INTEGER", nullable: false),
                    StageNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AcknowledgementDue = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AcknowledgedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ResponseDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OriginalResponseDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExtendedByWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    AssignedToId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RespondedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ResponseSentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ResponseSentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WorkingDaysToRespond = table.Column<int>(type: "INTEGER", nullable: true),
                    WorkingDaysLate = table.Column<int>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    RemedySummary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    FinancialRedress = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    RootCause = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LessonLearnt = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    EscalationDeadline = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplaintStages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ComplaintStages_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ComplaintStages_StaffUsers_AssignedToId",
                        column: x => x.AssignedToId,
                        principalTable: "StaffUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IssuedLetters",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ComplaintId = table.Column<int>(type: "INTEGER", nullable: false),
                    StageNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TemplateId = table.Column<int>(type: "INTEGER", nullable: false),
                    TemplateRevision = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    LargePrint = table.Column<bool>(type: "INTEGER", nullable: false),
                    AddressedTo = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IssuedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssuedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssuedLetters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IssuedLetters_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_IssuedLetters_LetterTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "LetterTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LetterDrafts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ComplaintId = table.Column<int>(type: "INTEGER", nullable: false),
                    StageNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TemplateId = table.Column<int>(type: "INTEGER", nullable: false),
                    TemplateRevision = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 40000, nullable: false),
                    Decision_Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Decision_Reasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Decision_Remedy = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Decision_FinancialRedress = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    Decision_RootCause = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Decision_LessonLearnt = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Decision_Points = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Decision_OutstandingActions = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LetterDrafts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LetterDrafts_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LetterDrafts_LetterTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "LetterTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OmbudsmanEnquiries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ComplaintId = table.Column<int>(type: "INTEGER", nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    TheirReference = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RemedyRecommended = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ComplianceDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CompliedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OmbudsmanEnquiries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OmbudsmanEnquiries_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TimelineEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ComplaintId = table.Column<int>(type: "INTEGER", nullable: true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TimelineEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TimelineEvents_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StageExtensions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ComplaintStageId = table.Column<int>(type: "INTEGER", nullable: false),
                    PreviousDue = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NewDue = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ComplainantToldAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AgreedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgreedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StageExtensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StageExtensions_ComplaintStages_ComplaintStageId",
                        column: x => x.ComplaintStageId,
                        principalTable: "ComplaintStages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StageExtensions_StaffUsers_AgreedById",
                        column: x => x.AgreedById,
                        principalTable: "StaffUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CalendarAdjustments_Date_Kind",
                table: "CalendarAdjustments",
                columns: new[] { "Date", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Categories_Name",
                table: "Categories",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Complainants_Email",
                table: "Complainants",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_Complainants_LastName",
                table: "Complainants",
                column: "LastName");

            migrationBuilder.CreateIndex(
                name: "IX_Complainants_PhoneDigits",
                table: "Complainants",
                column: "PhoneDigits");

            migrationBuilder.CreateIndex(
                name: "IX_Complainants_Postcode",
                table: "Complainants",
                column: "Postcode");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_AllocatedOfficerId_Status_NextDueDate",
                table: "Complaints",
                columns: new[] { "AllocatedOfficerId", "Status", "NextDueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_CategoryId",
                table: "Complaints",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_ComplainantId",
                table: "Complaints",
                column: "ComplainantId");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_LoggedById",
                table: "Complaints",
                column: "LoggedById");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_ProcedureId",
                table: "Complaints",
                column: "ProcedureId");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_ReceivedOn_Classification_ServiceAreaId",
                table: "Complaints",
                columns: new[] { "ReceivedOn", "Classification", "ServiceAreaId" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Reference",
                table: "Complaints",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_ServiceAreaId_Status_NextDueDate",
                table: "Complaints",
                columns: new[] { "ServiceAreaId", "Status", "NextDueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Status_NextDueDate",
                table: "Complaints",
                columns: new[] { "Status", "NextDueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_SubjectId",
                table: "Complaints",
                column: "SubjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_SubmissionId",
                table: "Complaints",
                column: "SubmissionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintStages_AssignedToId",
                table: "ComplaintStages",
                column: "AssignedToId");

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintStages_ComplaintId_StageNumber",
                table: "ComplaintStages",
                columns: new[] { "ComplaintId", "StageNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintStages_StageNumber_OpenedOn",
                table: "ComplaintStages",
                columns: new[] { "StageNumber", "OpenedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintStages_StageNumber_ResponseSentOn",
                table: "ComplaintStages",
                columns: new[] { "StageNumber", "ResponseSentOn" });

            migrationBuilder.CreateIndex(
                name: "IX_IssuedLetters_ComplaintId_IssuedAt",
                table: "IssuedLetters",
                columns: new[] { "ComplaintId", "IssuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_IssuedLetters_TemplateId",
                table: "IssuedLetters",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_LetterDrafts_ComplaintId",
                table: "LetterDrafts",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_LetterDrafts_TemplateId",
                table: "LetterDrafts",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_LetterTemplates_ProcedureId",
                table: "LetterTemplates",
                column: "ProcedureId");

            migrationBuilder.CreateIndex(
                name: "IX_LetterTemplates_Type_ProcedureId_Revision",
                table: "LetterTemplates",
                columns: new[] { "Type", "ProcedureId", "Revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OmbudsmanEnquiries_ComplaintId",
                table: "OmbudsmanEnquiries",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_OmbudsmanEnquiries_DecidedOn",
                table: "OmbudsmanEnquiries",
                column: "DecidedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Procedures_Code",
                table: "Procedures",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProcedureStages_ProcedureId_StageNumber",
                table: "ProcedureStages",
                columns: new[] { "ProcedureId", "StageNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceAreas_Code",
                table: "ServiceAreas",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceAreas_DefaultProcedureId",
                table: "ServiceAreas",
                column: "DefaultProcedureId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceAreas_Name",
                table: "ServiceAreas",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StaffRoles_Role",
                table: "StaffRoles",
                column: "Role");

            migrationBuilder.CreateIndex(
                name: "IX_StaffUsers_EntraObjectId",
                table: "StaffUsers",
                column: "EntraObjectId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StaffUsers_TeamId",
                table: "StaffUsers",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffUserServiceAreas_StaffUserId",
                table: "StaffUserServiceAreas",
                column: "StaffUserId");

            migrationBuilder.CreateIndex(
                name: "IX_StageExtensions_AgreedById",
                table: "StageExtensions",
                column: "AgreedById");

            migrationBuilder.CreateIndex(
                name: "IX_StageExtensions_ComplaintStageId",
                table: "StageExtensions",
                column: "ComplaintStageId");

            migrationBuilder.CreateIndex(
                name: "IX_Subjects_ServiceAreaId_Name",
                table: "Subjects",
                columns: new[] { "ServiceAreaId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Teams_ServiceAreaId",
                table: "Teams",
                column: "ServiceAreaId");

            migrationBuilder.CreateIndex(
                name: "IX_TimelineEvents_ComplaintId_OccurredAt",
                table: "TimelineEvents",
                columns: new[] { "ComplaintId", "OccurredAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CalendarAdjustments");

            migrationBuilder.DropTable(
                name: "IssuedLetters");

            migrationBuilder.DropTable(
                name: "LetterDrafts");

            migrationBuilder.DropTable(
                name: "OmbudsmanEnquiries");

            migrationBuilder.DropTable(
                name: "ProcedureStages");

            migrationBuilder.DropTable(
                name: "ReferenceCounters");

            migrationBuilder.DropTable(
                name: "StaffRoles");

            migrationBuilder.DropTable(
                name: "StaffUserServiceAreas");

            migrationBuilder.DropTable(
                name: "StageExtensions");

            migrationBuilder.DropTable(
                name: "TimelineEvents");

            migrationBuilder.DropTable(
                name: "LetterTemplates");

            migrationBuilder.DropTable(
                name: "ComplaintStages");

            migrationBuilder.DropTable(
                name: "Complaints");

            migrationBuilder.DropTable(
                name: "Categories");

            migrationBuilder.DropTable(
                name: "Complainants");

            migrationBuilder.DropTable(
                name: "StaffUsers");

            migrationBuilder.DropTable(
                name: "Subjects");

            migrationBuilder.DropTable(
                name: "Teams");

            migrationBuilder.DropTable(
                name: "ServiceAreas");

            migrationBuilder.DropTable(
                name: "Procedures");
        }
    }
}
