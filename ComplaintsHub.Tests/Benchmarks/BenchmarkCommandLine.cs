extern alias benchmarks;
using benchmarks::ComplaintsHub.Benchmarks;

namespace ComplaintsHub.Tests.Benchmarks;

/// <summary>A benchmark run that silently ignored an option would look like it measured what was asked.</summary>
public class BenchmarkCommandLine
{
    [Theory]
    [InlineData("--complainants", "5")]
    [InlineData("import", "--fresh")]
    [InlineData("search", "--trace")]
    [InlineData("kpi", "csv")]
    [InlineData("search", "1000", "2000")]
    [InlineData("--provider", "PostgreSQL")]
    [InlineData("--connection", "Host=localhost")]
    [InlineData("--provider", "Oracle")]
    [InlineData("--complainants")]
    public void RefusesAnOptionTheRunWouldNotUse(params string[] args) =>
        Assert.Throws<ArgumentException>(() => BenchmarkOptions.Parse(args));

    [Fact]
    public void TakesASectionItsSizeAndTheProviderInAnyCase()
    {
        var options = BenchmarkOptions.Parse(["search", "50000", "--complainants", "30000", "--provider", "postgresql", "--connection", "Host=db", "--fresh"]);

        Assert.Equal(("search", 50_000, 30_000, true, true), (options.Section, options.Numbers.Single(), options.Complainants, options.IsPostgres, options.Fresh));
    }
}
