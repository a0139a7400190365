using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ComplaintsHub.Core.Data.Counts;

/// <summary>
/// A table of counts as the EF model maps it: the columns that identify a row (its primary key, in the key's order) and
/// the columns added to (every other one). Table and column names come from the mapping, so a count table is declared
/// once, on its entity (<see cref="IReportingCount"/>), and the upserts cannot disagree with the migrations.
/// </summary>
internal sealed class CountTable
{
    private static readonly ConcurrentDictionary<IEntityType, CountTable> Tables = new();

    private readonly string? _schema;
    private readonly Column[] _keys;
    private readonly Column[] _amounts;

    private CountTable(IEntityType entity)
    {
        Name = entity.GetTableName() ?? throw new InvalidOperationException($"{entity.ClrType.Name} is not mapped to a table.");
        _schema = entity.GetSchema();
        var table = StoreObjectIdentifier.Table(Name, _schema);
        var key = entity.FindPrimaryKey() ?? throw new InvalidOperationException($"{entity.ClrType.Name} has no key: a count table's key says what a row counts.");
        _keys = key.Properties.Select(p => new Column(p, table)).ToArray();
        _amounts = entity.GetProperties().Where(p => !p.IsPrimaryKey()).Select(p => new Column(p, table)).ToArray();
        if (entity.GetProperties().FirstOrDefault(p => !p.IsPrimaryKey() && p.ClrType != typeof(int)) is { } notAnAmount)
        {
            throw new InvalidOperationException($"{entity.ClrType.Name}.{notAnAmount.Name} is neither part of the key nor a whole number to add to.");
        }
    }

    public static CountTable Of(IEntityType entity) => Tables.GetOrAdd(entity, e => new CountTable(e));

    public string Name { get; }

    /// <summary>The row's key as the database stores it (enums by name), in the key's order.</summary>
    public object[] KeyOf(IReportingCount row) => _keys.Select(k => k.StoredValueIn(row)).ToArray();

    public int[] AmountsOf(IReportingCount row) => _amounts.Select(a => (int)a.StoredValueIn(row)).ToArray();

    /// <summary>An insert of <paramref name="rows"/> rows, key then amounts, that adds to any row already there.</summary>
    public string UpsertSql(ISqlGenerationHelper sql, int rows)
    {
        var columns = _keys.Concat(_amounts).Select(c => sql.DelimitIdentifier(c.Name)).ToArray();
        var table = sql.DelimitIdentifier(Name);
        var upsert = new StringBuilder($"INSERT INTO {sql.DelimitIdentifier(Name, _schema)} ({string.Join(", ", columns)}) VALUES ");
        for (var row = 0; row < rows; row++)
        {
            if (row > 0) upsert.Append(", ");
            upsert.Append('(').AppendJoin(", ", columns.Select((_, i) => $"{{{row * columns.Length + i}}}")).Append(')');
        }

        upsert.Append($" ON CONFLICT ({string.Join(", ", _keys.Select(k => sql.DelimitIdentifier(k.Name)))}) DO UPDATE SET ");
        upsert.AppendJoin(", ", _amounts.Select(a => sql.DelimitIdentifier(a.Name)).Select(a => $"{a} = {table}.{a} + excluded.{a}"));
        return upsert.ToString();
    }

    public string DeleteAllSql(ISqlGenerationHelper sql) => $"DELETE FROM {sql.DelimitIdentifier(Name, _schema)}";

    private sealed class Column
    {
        private readonly Func<object, object> _read;
        private readonly ValueConverter? _converter;

        public Column(IProperty property, StoreObjectIdentifier table)
        {
            Name = property.GetColumnName(table) ?? throw new InvalidOperationException($"{property.DeclaringType.ClrType.Name}.{property.Name} has no column.");
            _converter = property.GetTypeMapping().Converter;
            var clr = property.PropertyInfo ?? throw new InvalidOperationException($"{property.DeclaringType.ClrType.Name}.{property.Name} is not a property of the class.");
            var row = Expression.Parameter(typeof(object));
            _read = Expression.Lambda<Func<object, object>>(Expression.Convert(Expression.Property(Expression.Convert(row, clr.DeclaringType!), clr), typeof(object)), row).Compile();
        }

        public string Name { get; }

        public object StoredValueIn(IReportingCount row)
        {
            var value = _read(row);
            return _converter is null ? value : _converter.ConvertToProvider(value)!;
        }
    }
}
