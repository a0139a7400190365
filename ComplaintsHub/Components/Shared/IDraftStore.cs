namespace ComplaintsHub.Components.Shared;

/// <summary>Keeps an unsaved form in the browser so a reload or dropped connection loses nothing.</summary>
public interface IDraftStore
{
    Task SaveAsync<T>(string key, T value);
    Task<T?> LoadAsync<T>(string key) where T : class;
    Task DeleteAsync(string key);
}
