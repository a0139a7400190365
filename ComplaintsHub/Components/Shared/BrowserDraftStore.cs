using System.Text.Json;
using Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage;

namespace ComplaintsHub.Components.Shared;

/// <summary>
/// In the browser's local storage, encrypted with the app's data-protection keys (the draft holds personal details).
/// Unreadable entries (keys rotated, tampering) are treated as no draft.
/// </summary>
public sealed class BrowserDraftStore(ProtectedLocalStorage storage, ILogger<BrowserDraftStore> logger) : IDraftStore
{
    public Task SaveAsync<T>(string key, T value) => storage.SetAsync(key, JsonSerializer.Serialize(value)).AsTask();

    public async Task<T?> LoadAsync<T>(string key) where T : class
    {
        try
        {
            var stored = await storage.GetAsync<string>(key);
            return stored is { Success: true, Value: { } json } ? JsonSerializer.Deserialize<T>(json) : null;
        }
        catch (Exception ex) when (ex is System.Security.Cryptography.CryptographicException or JsonException)
        {
            logger.LogInformation(ex, "Discarding an unreadable draft {Key}", key);
            await storage.DeleteAsync(key);
            return null;
        }
    }

    public Task DeleteAsync(string key) => storage.DeleteAsync(key).AsTask();
}
