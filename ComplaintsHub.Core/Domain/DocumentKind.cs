namespace ComplaintsHub.Core.Domain;

/// <summary>What a case document really is, as its content shows (never as its name or the browser claims).</summary>
public enum DocumentKind
{
    Jpeg,
    Png,
    Gif,
    WebP,
    Heic,
    Pdf,
    /// <summary>A Word document (.docx).</summary>
    Word,
    /// <summary>An Excel workbook (.xlsx).</summary>
    Excel,
    /// <summary>A Word 97–2003 document (.doc).</summary>
    LegacyWord,
    /// <summary>An Excel 97–2003 workbook (.xls).</summary>
    LegacyExcel,
    /// <summary>An Outlook message saved from Outlook (.msg).</summary>
    OutlookMessage,
    /// <summary>An email saved as a file (.eml).</summary>
    Email,
}
