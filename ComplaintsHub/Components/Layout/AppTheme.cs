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
            // Dark enough for white text on a chip and for alert text on its pale background (WCAG AA, 4.5:1).
            Info = "#0b61a4",
            Warning = "#995c00",
            Error = "#c62828",
        },
    };
}
