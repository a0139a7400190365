using ComplaintsHub.Core.Inbox;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MimeKit;

namespace ComplaintsHub.Tests.Support;

/// <summary>
/// A folder of its own on the test IMAP server (Dovecot, started by `.ci/start-dovecot.sh`), so tests running at once
/// never read each other's mail. Messages are put in with APPEND, as a mail server delivers them.
/// </summary>
public sealed class TestMailbox : IAsyncDisposable
{
    public const string HostVariable = "COMPLAINTSHUB_TEST_IMAP_HOST";
    public const string PortVariable = "COMPLAINTSHUB_TEST_IMAP_PORT";
    public const string UserVariable = "COMPLAINTSHUB_TEST_IMAP_USER";
    public const string PasswordVariable = "COMPLAINTSHUB_TEST_IMAP_PASSWORD";

    private readonly ImapClient _client;
    private readonly IMailFolder _folder;

    private TestMailbox(ImapClient client, IMailFolder folder, InboxOptions options)
    {
        _client = client;
        _folder = folder;
        Options = options;
    }

    public static bool IsConfigured => new[] { HostVariable, PortVariable, UserVariable, PasswordVariable }.All(v => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(v)));

    /// <summary>The settings that read this folder, as the app would be configured.</summary>
    public InboxOptions Options { get; }

    public static async Task<TestMailbox> CreateAsync(Action<InboxOptions>? configure = null)
    {
        if (!IsConfigured) throw new InvalidOperationException($"Set {HostVariable}, {PortVariable}, {UserVariable} and {PasswordVariable}: `eval \"$(bash .ci/start-dovecot.sh)\"` starts a server and prints them.");
        var options = new InboxOptions
        {
            Host = Environment.GetEnvironmentVariable(HostVariable),
            Port = int.Parse(Environment.GetEnvironmentVariable(PortVariable)!),
            Security = ImapSecurity.None,
            UserName = Environment.GetEnvironmentVariable(UserVariable),
            Password = Environment.GetEnvironmentVariable(PasswordVariable),
            Folder = $"test{Guid.NewGuid():N}",
        };
        configure?.Invoke(options);
        var client = new ImapClient();
        await client.ConnectAsync(options.Host!, options.Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(options.UserName!, Environment.GetEnvironmentVariable(PasswordVariable)!);
        var root = client.GetFolder(client.PersonalNamespaces[0]);
        var folder = await root.CreateAsync(options.Folder, isMessageFolder: true) ?? throw new InvalidOperationException("The server did not create the test folder.");
        return new TestMailbox(client, folder, options);
    }

    /// <summary>Delivers <paramref name="message"/> as new (unseen) mail.</summary>
    public async Task<UniqueId> DeliverAsync(MimeMessage message) =>
        await _folder.AppendAsync(new AppendRequest(message, MessageFlags.None)) ?? throw new InvalidOperationException("The server did not say where it put the message.");

    /// <summary>The folder's UIDVALIDITY: with a message's UID, what names it for as long as the folder lasts.</summary>
    public async Task<long> UidValidityAsync()
    {
        await _folder.OpenAsync(FolderAccess.ReadOnly);
        var value = (long)_folder.UidValidity;
        await _folder.CloseAsync();
        return value;
    }

    public async Task<bool> IsSeenAsync(UniqueId uid)
    {
        await _folder.OpenAsync(FolderAccess.ReadWrite);
        var summary = (await _folder.FetchAsync([uid], new FetchRequest(MessageSummaryItems.Flags))).Single();
        await _folder.CloseAsync();
        return summary.Flags!.Value.HasFlag(MessageFlags.Seen);
    }

    /// <summary>Puts the mailbox back as it is when a run stopped after storing a message and before marking it seen.</summary>
    public async Task MarkUnseenAsync(UniqueId uid)
    {
        await _folder.OpenAsync(FolderAccess.ReadWrite);
        await _folder.RemoveFlagsAsync(uid, MessageFlags.Seen, silent: true);
        await _folder.CloseAsync();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _folder.DeleteAsync();
            await _client.DisconnectAsync(quit: true);
        }
        finally
        {
            _client.Dispose();
        }
    }
}
