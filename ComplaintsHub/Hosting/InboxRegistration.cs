using ComplaintsHub.Core.Inbox;
using Microsoft.Extensions.Options;

namespace ComplaintsHub.Hosting;

internal static class InboxRegistration
{
    /// <summary>
    /// The shared mailbox, checked at start-up (<see cref="InboxOptionsValidation"/>) and read in the background while
    /// <c>Email:Inbox:Host</c> is set; empty means the inbox is switched off and its page says so.
    /// </summary>
    public static void AddInboxFromConfiguration(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IValidateOptions<InboxOptions>, InboxOptionsValidation>();
        builder.Services.AddOptions<InboxOptions>().Bind(builder.Configuration.GetSection(InboxOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IImapTokenSource, ExchangeOnlineTokenSource>();
        builder.Services.AddHostedService<InboxPoller>();
    }
}
