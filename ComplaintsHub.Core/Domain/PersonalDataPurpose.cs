namespace ComplaintsHub.Core.Domain;

/// <summary>What someone did with a person's data: each kind of access the access log records.</summary>
public enum PersonalDataPurpose
{
    /// <summary>Full details shown on the log-a-contact form, for a reason the member of staff wrote.</summary>
    RevealedWhenLoggingAContact,
    /// <summary>A new case linked to the person's existing record, which lets whoever logged it open it with their details.</summary>
    LinkedToNewCase,
    /// <summary>The case page opened: the complainant's details, the case's text and its timeline shown.</summary>
    OpenedCase,
    /// <summary>An issued letter downloaded, as Word or PDF.</summary>
    DownloadedLetter,
    /// <summary>A document kept with the case downloaded.</summary>
    DownloadedDocument,
    /// <summary>The case rows of a period exported to a workbook (references and dates, no names: one line per export).</summary>
    ExportedCaseRows,
    /// <summary>A subject access bundle produced: everything held about the person, for them.</summary>
    ProducedSubjectAccessBundle,
}
