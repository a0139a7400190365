using System.Globalization;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ComplaintsHub.Core.Data.Counts;

/// <summary>Amounts to add, per table and row; rows that come to nought are left out.</summary>
internal sealed class CountChanges(IModel model)
{
    private readonly Dictionary<Type, CountTable> _tables = [];
    private readonly Dictionary<(CountTable Table, string Row), (object[] Key, int[] Amounts)> _rows = [];

    public bool IsEmpty => _rows.Values.All(r => r.Amounts.All(a => a == 0));

    /// <summary>Adds the row's amounts to those of the row with the same key, or starts that row.</summary>
    public void Add(IReportingCount count)
    {
        var table = TableOf(count.GetType());
        var key = table.KeyOf(count);
        var amounts = table.AmountsOf(count);
        var row = string.Join("\u001f", key.Select(k => Convert.ToString(k, CultureInfo.InvariantCulture)));
        if (!_rows.TryGetValue((table, row), out var existing))
        {
            _rows[(table, row)] = (key, amounts);
            return;
        }

        for (var i = 0; i < amounts.Length; i++) existing.Amounts[i] += amounts[i];
    }

    /// <summary>Per table, in a fixed order of tables and of rows within each.</summary>
    public IEnumerable<(CountTable Table, IReadOnlyList<(object[] Key, int[] Amounts)> Rows)> Rows() =>
        _rows.Where(r => r.Value.Amounts.Any(a => a != 0))
            .GroupBy(r => r.Key.Table)
            .OrderBy(g => g.Key.Name, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<(object[], int[])>)g.OrderBy(r => r.Key.Row, StringComparer.Ordinal).Select(r => r.Value).ToList()));

    private CountTable TableOf(Type type)
    {
        if (!_tables.TryGetValue(type, out var table))
        {
            var entity = model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model: give ComplaintsDbContext a DbSet of it.");
            _tables[type] = table = CountTable.Of(entity);
        }

        return table;
    }
}
