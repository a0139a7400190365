namespace ComplaintsHub.Core.Domain;

/// <summary>What kind of failing the complaint is about (delay, staff conduct, …): the same list in every service area.</summary>
public sealed class Category : NamedSetupEntity
{
    private Category() { }
    public Category(string name) => Name = name;

}
