namespace ComplaintsHub.Tests.Support;

/// <summary>
/// A test that reads a real IMAP server (<see cref="TestMailbox"/>). Without one configured it is skipped on a developer's
/// machine, but in CI (CI=true) it always runs, so a missing server fails the build instead of hiding. `.ci/run` starts
/// Dovecot for it (`.ci/start-dovecot.sh`).
/// </summary>
public sealed class ImapFactAttribute : FactAttribute
{
    public ImapFactAttribute()
    {
        if (!TestMailbox.IsConfigured && !PostgresDataAttribute.RunningInCi)
        {
            Skip = $"No IMAP server: set {TestMailbox.HostVariable}, {TestMailbox.PortVariable}, {TestMailbox.UserVariable} and {TestMailbox.PasswordVariable} (`eval \"$(bash .ci/start-dovecot.sh)\"`; CI always sets them).";
        }
    }
}
