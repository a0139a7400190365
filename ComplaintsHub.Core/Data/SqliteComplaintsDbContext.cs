using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Data;

/// <summary>The model on SQLite, with its own migration set (Data/Migrations/Sqlite).</summary>
public sealed class SqliteComplaintsDbContext(DbContextOptions<SqliteComplaintsDbContext> options) : ComplaintsDbContext(options);
