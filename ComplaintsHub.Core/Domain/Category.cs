namespace ComplaintsHub.Core.Domain;

/// <summary>What kind of failing the complaint is about (delay, staff conduct, …): the same list in every service area.</summary>
public sealed class Category : SetupEntity
{
    private Category() { }
    public Category(string name) => Name = name;

    public int Id { get; private set; }
    public string Name { get; set; } = "";
    public bool IsActive { get; set; } = true;
}
