using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Data;

/// <summary>The model on PostgreSQL, with its own migration set (Data/Migrations/PostgreSQL).</summary>
public sealed class PostgresComplaintsDbContext(DbContextOptions<PostgresComplaintsDbContext> options) : ComplaintsDbContext(options);
