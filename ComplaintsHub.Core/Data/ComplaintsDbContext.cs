using ComplaintsHub.Core.Data.Counts;
using ComplaintsHub.Core.Data.Search;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Refusals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ComplaintsHub.Core.Data;

/// <summary>
/// The model, shared by both providers. Each provider has its own subclass so that each keeps its own
/// migration set (SQLite and PostgreSQL differ in types and in what a migration may do).
/// </summary>
public abstract class ComplaintsDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<ServiceArea> ServiceAreas => Set<ServiceArea>();
    public DbSet<Subject> Subjects => Set<Subject>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<SharedServicePartner> SharedServicePartners => Set<SharedServicePartner>();
    public DbSet<StaffUser> StaffUsers => Set<StaffUser>();
    public DbSet<StaffSession> StaffSessions => Set<StaffSession>();
    public DbSet<Procedure> Procedures => Set<Procedure>();
    public DbSet<ProcedureStage> ProcedureStages => Set<ProcedureStage>();
    public DbSet<Complainant> Complainants => Set<Complainant>();
    public DbSet<Complaint> Complaints => Set<Complaint>();
    public DbSet<ComplaintStage> ComplaintStages => Set<ComplaintStage>();
    public DbSet<StageExtension> StageExtensions => Set<StageExtension>();
    public DbSet<OmbudsmanEnquiry> OmbudsmanEnquiries => Set<OmbudsmanEnquiry>();
    public DbSet<PromisedAction> PromisedActions => Set<PromisedAction>();
    public DbSet<TimelineEvent> TimelineEvents => Set<TimelineEvent>();
    public DbSet<CalendarAdjustment> CalendarAdjustments => Set<CalendarAdjustment>();
    public DbSet<ReferenceCounter> ReferenceCounters => Set<ReferenceCounter>();
    public DbSet<LetterTemplate> LetterTemplates => Set<LetterTemplate>();
    public DbSet<LetterDraft> LetterDrafts => Set<LetterDraft>();
    public DbSet<IssuedLetter> IssuedLetters => Set<IssuedLetter>();
    public DbSet<ReportingSettings> ReportingSettings => Set<ReportingSettings>();
    public DbSet<HousingStock> HousingStock => Set<HousingStock>();
    public DbSet<StageMonthlyCount> StageMonthlyCounts => Set<StageMonthlyCount>();
    public DbSet<ReceivedAnswerCount> ReceivedAnswerCounts => Set<ReceivedAnswerCount>();
    public DbSet<ReceivedSubjectCount> ReceivedSubjectCounts => Set<ReceivedSubjectCount>();
    public DbSet<ReceivedCategoryCount> ReceivedCategoryCounts => Set<ReceivedCategoryCount>();
    public DbSet<ResponseCount> ResponseCounts => Set<ResponseCount>();
    public DbSet<ClosureCount> ClosureCounts => Set<ClosureCount>();
    public DbSet<ContactCount> ContactCounts => Set<ContactCount>();
    public DbSet<ReportingCountsVersion> ReportingCountsVersion => Set<ReportingCountsVersion>();
    public DbSet<PersonalDataAccess> PersonalDataAccessLog => Set<PersonalDataAccess>();
    public DbSet<CouncilProfile> CouncilProfiles => Set<CouncilProfile>();
    public DbSet<SavedImportMapping> SavedImportMappings => Set<SavedImportMapping>();
    public DbSet<OutboxEmail> OutboxEmails => Set<OutboxEmail>();
    public DbSet<NotificationOptOut> NotificationOptOuts => Set<NotificationOptOut>();
    public DbSet<ScheduledWorkLease> ScheduledWorkLeases => Set<ScheduledWorkLease>();
    public DbSet<InboxItem> InboxItems => Set<InboxItem>();
    public DbSet<InboxAttachment> InboxAttachments => Set<InboxAttachment>();
    public DbSet<RiskFlag> RiskFlags => Set<RiskFlag>();
    public DbSet<HazardTimescale> HazardTimescales => Set<HazardTimescale>();
    public DbSet<CaseDocument> CaseDocuments => Set<CaseDocument>();
    public DbSet<CaseDocumentChunk> CaseDocumentChunks => Set<CaseDocumentChunk>();
    public DbSet<SearchIndexVersion> SearchIndexVersion => Set<SearchIndexVersion>();
    public DbSet<DataProtectionKeyRecord> DataProtectionKeys => Set<DataProtectionKeyRecord>();
    public DbSet<ImprovementAction> ImprovementActions => Set<ImprovementAction>();
    public DbSet<ImprovementActionCase> ImprovementActionCases => Set<ImprovementActionCase>();
    public DbSet<ImprovementActionEvent> ImprovementActionEvents => Set<ImprovementActionEvent>();
    public DbSet<SpotCheck> SpotChecks => Set<SpotCheck>();
    public DbSet<OmbudsmanAnnualReview> OmbudsmanAnnualReviews => Set<OmbudsmanAnnualReview>();
    public DbSet<CodeProvision> CodeProvisions => Set<CodeProvision>();
    public DbSet<SelfAssessmentAnswer> SelfAssessmentAnswers => Set<SelfAssessmentAnswer>();
    public DbSet<AnnualReportVersion> AnnualReportVersions => Set<AnnualReportVersion>();
    public DbSet<AnonymisationRun> AnonymisationRuns => Set<AnonymisationRun>();
    public DbSet<SubjectAccessRequest> SubjectAccessRequests => Set<SubjectAccessRequest>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so the data reads plainly and survives reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<decimal>().HavePrecision(12, 2);
        configurationBuilder.Properties<string>().HaveMaxLength(400);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ComplaintsDbContext).Assembly);
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => typeof(VersionedEntity).IsAssignableFrom(e.ClrType)))
        {
            modelBuilder.Entity(entity.ClrType).Property(nameof(VersionedEntity.Version)).IsConcurrencyToken();
        }
    }

    /// <summary>The application saves asynchronously only; this path would not keep the reporting counts.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: it keeps the reporting counts and the search index in step with the cases.");

    /// <summary>
    /// Saves, and in the same transaction adjusts the reporting counts the KPIs read, so that a count can never
    /// disagree with the stages it counts (docs/decisions/0007), and refreshes the search index of the cases it touched.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareForSave();
        var counts = ReportingCounter.ChangesIn(ChangeTracker);
        var search = CaseSearchIndex.ChangesIn(ChangeTracker);
        if (counts.IsEmpty && search.IsEmpty)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        if (Database.CurrentTransaction is not null)
        {
            // The caller's transaction: it commits or rolls back both together.
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await ReportingCounter.ApplyAsync(this, counts, cancellationToken);
            await CaseSearchIndex.ApplyAsync(this, search, cancellationToken);
            return written;
        }

        // Changes are accepted only once both are committed, so that a retried attempt (PostgreSQL retries transient
        // failures) writes them again rather than thinking them saved.
        var saved = await Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await Database.BeginTransactionAsync(ct);
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, ct);
            await ReportingCounter.ApplyAsync(this, counts, ct);
            await CaseSearchIndex.ApplyAsync(this, search, ct);
            await transaction.CommitAsync(ct);
            return written;
        }, cancellationToken);
        if (acceptAllChangesOnSuccess) ChangeTracker.AcceptAllChanges();
        return saved;
    }

    /// <summary>
    /// Saves on condition that <paramref name="entity"/> is still at the version the person saw. If someone else saved
    /// it first, nothing is written and the person gets <paramref name="staleMessage"/>.
    /// </summary>
    public Task SaveExpectingAsync<T>(T entity, Guid expectedVersion, string staleMessage, CancellationToken cancellationToken) where T : VersionedEntity =>
        SaveExpectingAsync(entity, expectedVersion, () => Task.FromResult(staleMessage), cancellationToken);

    /// <inheritdoc cref="SaveExpectingAsync{T}(T, Guid, string, CancellationToken)"/>
    public async Task SaveExpectingAsync<T>(T entity, Guid expectedVersion, Func<Task<string>> staleMessage, CancellationToken cancellationToken) where T : VersionedEntity
    {
        Entry(entity).Property(e => e.Version).OriginalValue = expectedVersion;
        try
        {
            await SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyException(await staleMessage());
        }
    }

    /// <summary>
    /// Saves a row that may only exist once (a unique key). If someone else added the same one first, nothing is written
    /// and the person gets <paramref name="clashMessage"/>.
    /// </summary>
    public async Task SaveRefusingClashAsync(string clashMessage, CancellationToken cancellationToken)
    {
        try
        {
            await SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new ConcurrencyException(clashMessage);
        }
    }

    private void PrepareForSave()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is TimelineEvent && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("Timeline events are a permanent record: they cannot be changed or deleted.");
            }

            if (entry.Entity is ImprovementActionEvent && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("An improvement action's history is a permanent record: its lines cannot be changed or deleted.");
            }

            if (entry.Entity is AnnualReportVersion && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("A published annual report is kept as published: publish a new version instead of changing or deleting one.");
            }

            if (entry.Entity is SpotCheck && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("A spot check is recorded once and kept as written: it cannot be changed or deleted.");
            }

            if (entry.Entity is AnonymisationRun && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("The anonymisation log is a permanent record: its lines cannot be changed or deleted.");
            }

            if (entry.Entity is PersonalDataAccess && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("The personal data access log is a permanent record: its lines cannot be changed or deleted.");
            }

            if (entry.Entity is CaseDocument && entry.State is EntityState.Deleted)
            {
                throw new InvalidOperationException("A removed document keeps its row as the record that it existed: only its content is deleted.");
            }

            if (entry.Entity is IssuedLetter && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("An issued letter is kept exactly as it was sent: it cannot be changed or deleted.");
            }

            if (entry is { Entity: LetterTemplate, State: EntityState.Modified }
                && entry.Properties.Any(p => p.IsModified && p.Metadata.Name != nameof(LetterTemplate.IsCurrent)))
            {
                throw new InvalidOperationException("A template revision is never rewritten: save a new revision instead.");
            }

            if (entry is { Entity: VersionedEntity versioned, State: EntityState.Modified })
            {
                versioned.Version = Guid.NewGuid();
            }
        }
    }

    /// <summary>Reads every DateTime back as UTC: SQLite stores no kind, and Npgsql refuses unspecified kinds.</summary>
    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v.ToUniversalTime(), DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
