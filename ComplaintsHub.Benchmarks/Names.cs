namespace ComplaintsHub.Benchmarks;

/// <summary>Small spelling helpers for generated people and places.</summary>
internal static class Names
{
    /// <summary>"O'Brien" → "obrien", "Da Silva" → "dasilva": how people write their names in email addresses.</summary>
    public static string ForEmail(string name) => new(name.ToLowerInvariant().Where(ch => char.IsLetter(ch) || ch == '-').ToArray());
}
