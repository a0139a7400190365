namespace ComplaintsHub.Core.Domain;

/// <summary>
/// An organisation that delivers a service for the council (a shared revenues partnership, a waste contractor). A
/// service area picks one from this list; a case copies its name when logged, as the partner it was waiting on.
/// </summary>
public sealed class SharedServicePartner : NamedSetupEntity
{
    private SharedServicePartner() { }
    public SharedServicePartner(string name) => Name = name;
}
