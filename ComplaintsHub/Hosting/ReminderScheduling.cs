using ComplaintsHub.Core.Email;

namespace ComplaintsHub.Hosting;

internal static class ReminderScheduling
{
    /// <summary>
    /// The daily reminders and weekly report, only while email is switched on (a mail server is configured): with it off
    /// there is nothing to send, and the tests' app (no mail server) runs no background work of its own.
    /// </summary>
    public static void AddEmailReminders(this WebApplicationBuilder builder)
    {
        if (!string.IsNullOrWhiteSpace(builder.Configuration[$"{EmailOptions.Section}:{nameof(EmailOptions.SmtpHost)}"]))
        {
            builder.Services.AddHostedService<ReminderScheduler>();
        }
    }
}
