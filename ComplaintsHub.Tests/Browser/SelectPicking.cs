using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ComplaintsHub.Tests.Browser;

/// <summary>
/// Choosing from a drop-down as a person does: open it, click the option, and see the choice in the box before going
/// on. MudSelect closes its list and waits on the browser before it sets the value on the server, so a click on Save
/// straight after the pick can reach the server first and find nothing chosen (the journeys failed that way on a busy
/// machine). The box shows the choice only once the value is set.
/// </summary>
internal static class SelectPicking
{
    public static Task PickAsync(this ILocator select, string option) =>
        select.PickAsync(new Regex("^" + Regex.Escape(option).Replace("/", "\\/") + "$"));

    /// <summary>For options whose text carries more than the name (a workload): the pattern matches the option and the box.</summary>
    public static async Task PickAsync(this ILocator select, Regex option)
    {
        // The select is found by its test id (on the box itself) or by the field around it.
        var combo = select.Locator("[role=combobox]");
        var box = await select.GetAttributeAsync("role") == "combobox" ? select : await combo.CountAsync() > 0 ? combo.First : select.Locator(".mud-autocomplete input").First;
        await box.ClickAsync();
        await select.Page.GetByRole(AriaRole.Option, new() { NameRegex = option }).ClickAsync();
        // A list picked by typing (ChoicePicker) is a text box, which shows the choice as its value.
        if (await box.EvaluateAsync<bool>("e => e.closest('.mud-autocomplete') !== null")) await Assertions.Expect(box).ToHaveValueAsync(option);
        else await Assertions.Expect(box).ToHaveTextAsync(option);
    }
}
