using MudBlazor;

namespace ComplaintsHub.Components.Layout;

internal static class AppTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1d4f76",
            Secondary = "#5c6b73",
            AppbarBackground = "#1d4f76",
            Success = "#2e7d32",
            Warning = "#b26a00",
            Error = "#c62828",
        },
    };
}
