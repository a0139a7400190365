namespace ComplaintsHub.Core.Domain;

/// <summary>Why people's details were removed.</summary>
public enum AnonymisationKind
{
    /// <summary>The scheduled run: every case of the person was past its procedure's retention period.</summary>
    Retention,
    /// <summary>The person asked for their data to be erased, and the complaints team agreed the law allows it.</summary>
    Erasure,
}
