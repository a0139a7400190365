using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Setup;

/// <summary>
/// What differs between the items that are only a name, for <see cref="ReferenceDataAdmin"/>'s one save: the items
/// among which the name must be unique (a subject's within its service area), how a new one is made, and how messages
/// and the timeline name it.
/// </summary>
internal sealed record NamedItemKind<T>(
    IQueryable<T> Siblings,
    Func<string, T> Create,
    string Gone,
    Func<string, string> NameTaken,
    Func<string, string> Added,
    Func<T, string> Label) where T : NamedSetupEntity;
