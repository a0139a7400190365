namespace ComplaintsHub.Core.Domain;

/// <summary>
/// One of the keys that protect sign-in cookies and antiforgery tokens, held in the database so that every instance of
/// the app reads and writes the same key ring (a cookie issued by one is understood by the next). Written once, never changed.
/// </summary>
public sealed class DataProtectionKeyRecord(string friendlyName, string xml)
{
    public int Id { get; private set; }
    public string FriendlyName { get; private set; } = friendlyName;
    /// <summary>The key as ASP.NET Core data protection writes it, an XML element.</summary>
    public string Xml { get; private set; } = xml;
}
