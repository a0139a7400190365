using System.Data;
using ComplaintsHub.Core.Data.Versions;
using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ComplaintsHub.Core.Data.Search;

/// <summary>
/// Keeps the search index (one document per case: reference, complainant, address and contact details, subject, category,
/// description, desired outcome, notes and call summaries) in step with the cases. Every save refreshes the documents of the
/// cases it touches in its own transaction, as the reporting counts are kept (docs/decisions/0007), so that no write path
/// can forget it; <see cref="RebuildAsync"/> writes them all, after data is loaded beneath the app.
/// </summary>
public static class CaseSearchIndex
{
    /// <summary>
    /// The definition of a case's document. Raise it with any change to what a document holds: the next start-up builds the
    /// index again from the cases, once, and stores the new version (<see cref="SearchIndexVersion"/>).
    /// </summary>
    public const int DocumentVersion = 1;

    /// <summary>Trigram matching needs three characters; a shorter part of a phone number or email matches too much to help.</summary>
    public const int MinContactFragment = 3;

    private const int RefreshBatch = 1000;

    private static readonly HashSet<string> CaseText =
        [nameof(Complaint.Reference), nameof(Complaint.ImportedReference), nameof(Complaint.Description), nameof(Complaint.DesiredOutcome),
            nameof(Complaint.ComplainantId), nameof(Complaint.SubjectId), nameof(Complaint.CategoryId), nameof(Complaint.ServiceAreaId)];

    private static readonly HashSet<string> ComplainantText =
        [nameof(Complainant.Title), nameof(Complainant.FirstName), nameof(Complainant.LastName), nameof(Complainant.AddressLine1),
            nameof(Complainant.AddressLine2), nameof(Complainant.Town), nameof(Complainant.Postcode), nameof(Complainant.Phone),
            nameof(Complainant.PhoneDigits), nameof(Complainant.Email), nameof(Complainant.RepresentativeName), nameof(Complainant.AnonymisedAt)];

    /// <summary>The provider's SQL for the index: SQLite's FTS5 tables or PostgreSQL's tsvector table.</summary>
    public static CaseSearchDialect DialectOf(DbContext db) => db.Database.ProviderName switch
    {
        "Microsoft.EntityFrameworkCore.Sqlite" => new SqliteCaseSearchDialect(),
        "Npgsql.EntityFrameworkCore.PostgreSQL" => new PostgresCaseSearchDialect(),
        var other => throw new NotSupportedException($"No case search for the database provider {other}."),
    };

    /// <summary>What the pending save does to the index. Read before saving, while the tracker still knows what changed.</summary>
    internal static CaseSearchChanges ChangesIn(ChangeTracker tracker)
    {
        var changes = new CaseSearchChanges();
        foreach (var entry in tracker.Entries())
        {
            switch (entry.Entity)
            {
                case Complaint complaint when entry.State == EntityState.Deleted:
                    changes.DeletedCaseIds.Add(complaint.Id);
                    break;
                case Complaint complaint when entry.State == EntityState.Added || (entry.State == EntityState.Modified && Changed(entry, CaseText)):
                    changes.Cases.Add(complaint);
                    break;
                case Complainant complainant when entry.State == EntityState.Modified && Changed(entry, ComplainantText):
                    // A new complainant arrives with its case (added in the same save), which brings it into the index.
                    changes.Complainants.Add(complainant);
                    break;
                case TimelineEvent { Type: TimelineEventType.NoteAdded or TimelineEventType.CallLogged } note when entry.State == EntityState.Added:
                    changes.Entries.Add(note);
                    break;
                case Subject subject when entry.State == EntityState.Modified && entry.Property(nameof(Subject.Name)).IsModified:
                    changes.SubjectIds.Add(subject.Id);
                    break;
                case Category category when entry.State == EntityState.Modified && entry.Property(nameof(Category.Name)).IsModified:
                    changes.CategoryIds.Add(category.Id);
                    break;
            }
        }

        return changes;
    }

    private static bool Changed(EntityEntry entry, HashSet<string> properties) =>
        entry.Properties.Any(p => p.IsModified && properties.Contains(p.Metadata.Name));

    /// <summary>Writes afresh the documents of the cases the save touched. Called after saving, in the save's transaction.</summary>
    internal static async Task ApplyAsync(DbContext db, CaseSearchChanges changes, CancellationToken cancellationToken)
    {
        var ids = changes.Cases.Where(c => c.Id > 0).Select(c => c.Id).Concat(changes.DeletedCaseIds).ToHashSet();
        // A case added by this save may not show its new id until the save's changes are accepted (after the transaction
        // commits, so that a retry writes everything again); its reference, given before saving and unique, finds it.
        var added = changes.Cases.Where(c => c.Id <= 0).Select(c => c.Reference).ToList();
        foreach (var batch in added.Chunk(RefreshBatch))
        {
            ids.UnionWith(await db.Set<Complaint>().AsNoTracking().Where(c => batch.Contains(c.Reference)).Select(c => c.Id).ToListAsync(cancellationToken));
        }

        foreach (var note in changes.Entries)
        {
            if (note.ComplaintId is { } id) ids.Add(id);
        }

        var complainants = changes.Complainants.Select(p => (int?)p.Id).ToList();
        if (complainants.Count > 0 || changes.SubjectIds.Count > 0 || changes.CategoryIds.Count > 0)
        {
            var subjects = changes.SubjectIds.Select(i => (int?)i).ToList();
            var categories = changes.CategoryIds.Select(i => (int?)i).ToList();
            ids.UnionWith(await db.Set<Complaint>().AsNoTracking()
                .Where(c => complainants.Contains(c.ComplainantId) || subjects.Contains(c.SubjectId) || categories.Contains(c.CategoryId))
                .Select(c => c.Id).ToListAsync(cancellationToken));
        }

        var dialect = DialectOf(db);
        foreach (var batch in ids.Order().Chunk(RefreshBatch))
        {
            await dialect.RefreshAsync(db, batch, cancellationToken);
        }
    }

    /// <summary>Writes these cases' documents afresh from what the database now holds: after a bulk update the tracker did not see.</summary>
    internal static async Task RefreshAsync(DbContext db, IEnumerable<int> caseIds, CancellationToken cancellationToken)
    {
        var dialect = DialectOf(db);
        foreach (var batch in caseIds.Order().Chunk(RefreshBatch))
        {
            await dialect.RefreshAsync(db, batch, cancellationToken);
        }
    }

    /// <summary>
    /// Keeps the index's storage fit for the cases there are: on PostgreSQL, a partition for every 100,000 case ids logged
    /// and one ahead (<see cref="PostgresSearchPartitions"/>). At every start, after the migrations, and every night.
    /// </summary>
    public static Task KeepStorageAsync(DbContext db, CancellationToken cancellationToken = default) =>
        DialectOf(db).KeepStorageAsync(db, cancellationToken);

    /// <summary>The <see cref="DocumentVersion"/> the stored index was built by; null when it was never built.</summary>
    public static Task<int?> StoredVersionAsync(DbContext db, CancellationToken cancellationToken = default) =>
        db.Set<SearchIndexVersion>().AsNoTracking().Select(v => (int?)v.Version).SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Empties the index and writes every case's document again, then records that it was built by this code's
    /// <see cref="DocumentVersion"/>, all in one transaction: at start-up when the stored index was built by another version
    /// (<see cref="DatabaseInitializer"/>), by the <c>--rebuild-search-index</c> command, and after cases have been loaded
    /// straight into the database.
    /// </summary>
    public static async Task RebuildAsync(DbContext db, CancellationToken cancellationToken = default)
    {
        var dialect = DialectOf(db);
        // Cases loaded beneath the application may reach past PostgreSQL's partitions: made first, in a short transaction of
        // their own, so another instance starting meanwhile does not wait on the whole rebuild for them.
        await dialect.KeepStorageAsync(db, cancellationToken);
        var strategy = db.Database.CreateExecutionStrategy();
        // One statement writes every case's document: minutes at a million cases on PostgreSQL, far past the 30 seconds
        // a page's query is allowed, after which the first start of an upgraded council's app failed.
        var timeout = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(2));
        try
        {
            await strategy.ExecuteAsync(async ct =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
                await dialect.RebuildAsync(db, ct);
                await StoredVersion.ReplaceAsync(db, new SearchIndexVersion(DocumentVersion), ct);
                await transaction.CommitAsync(ct);
            }, cancellationToken);
        }
        finally
        {
            db.Database.SetCommandTimeout(timeout);
        }
    }
}
