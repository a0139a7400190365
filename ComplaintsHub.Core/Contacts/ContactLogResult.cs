namespace ComplaintsHub.Core.Contacts;

public sealed record ContactLogResult(string? Reference, int? ComplaintId, bool AlreadyLogged, IReadOnlyDictionary<string, string> Errors)
{
    public bool Saved => Reference is not null;

    public static ContactLogResult Invalid(IReadOnlyDictionary<string, string> errors) => new(null, null, false, errors);
}
