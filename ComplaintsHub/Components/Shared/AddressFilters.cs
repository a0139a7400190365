using Microsoft.AspNetCore.Components;

namespace ComplaintsHub.Components.Shared;

/// <summary>A list's filters live in its address, so a view can be bookmarked or sent to a colleague.</summary>
public static class AddressFilters
{
    /// <summary>Goes to this page with the filters changed: each name lower-cased, an empty value removed from the address.</summary>
    public static void GoWithFilters(this NavigationManager navigation, IReadOnlyDictionary<string, string?> changes) =>
        navigation.NavigateTo(navigation.GetUriWithQueryParameters(changes.ToDictionary(c => c.Key.ToLowerInvariant(), c => (object?)(string.IsNullOrWhiteSpace(c.Value) ? null : c.Value))));
}
