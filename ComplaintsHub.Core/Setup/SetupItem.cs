namespace ComplaintsHub.Core.Setup;

/// <param name="Count">How many there are (stored council details, active service areas, active staff with the role, current templates).</param>
public sealed record SetupItem(SetupStep Step, int Count)
{
    public bool Done => Count > 0;
}
