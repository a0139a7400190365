using ComplaintsHub.Core.Import;

namespace ComplaintsHub.Tests.Import;

public class ImportValueTranslation
{
    [Fact]
    public void TheirWordsInTheStage2OutcomeColumnAreListedWithTheOutcomesToBeMappedOnce()
    {
        var table = new ImportTable("old.csv", ["Ref", "Result", "Review result"],
        [
            new ImportRow(2, ["A1", "Justified", "Not justified"]),
            new ImportRow(3, ["A2", "Upheld", "Justified in part"]),
            new ImportRow(4, ["A3", "Not justified", ""]),
        ]);
        var columns = new Dictionary<ImportField, string> { [ImportField.Outcome] = "Result", [ImportField.Stage2Outcome] = "Review result" };

        var notOurs = ImportValues.NotOurs(table, columns, []);

        Assert.Equal(["Justified", "Justified in part", "Not justified"], notOurs[ImportField.Outcome]);
        Assert.False(notOurs.ContainsKey(ImportField.Stage2Outcome));
    }
}
