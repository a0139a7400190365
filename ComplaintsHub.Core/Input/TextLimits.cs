namespace ComplaintsHub.Core.Input;

/// <summary>
/// The longest text each kind of field may hold, written once so the services that refuse it and the pages that
/// count towards it agree. The database columns are wider or unbounded: these are council values, not storage ones.
/// </summary>
public static class TextLimits
{
    /// <summary>Mr, Mrs, Dr, Revd…</summary>
    public const int Title = 20;
    /// <summary>A first name or surname, or a representative's name.</summary>
    public const int Name = 100;
    /// <summary>The name of a service area, subject, category, team or shared-service partner: a list's line and a report's row heading.</summary>
    public const int SetupName = 100;
    /// <summary>A service area's short code in lists and exports, e.g. HSG.</summary>
    public const int Code = 10;
    /// <summary>An address line or a representative's contact details.</summary>
    public const int Address = 200;
    public const int Town = 100;
    /// <summary>A member of staff's job title.</summary>
    public const int JobTitle = 120;
    /// <summary>The longest UK postcode is eight characters with its space; a little room for stray spaces.</summary>
    public const int Postcode = 10;
    public const int Phone = 30;
    /// <summary>The most an email address can be (RFC 5321 path limit).</summary>
    public const int Email = 254;
    /// <summary>An outside body's reference, e.g. the Ombudsman's case number.</summary>
    public const int Reference = 40;
    /// <summary>A short label: a calendar day's description, a shared-service partner's name.</summary>
    public const int Label = 200;
    /// <summary>Reasonable adjustments: a few sentences that must stay readable at a glance.</summary>
    public const int Adjustments = 2_000;
    /// <summary>What a risk flag says (a contact restriction, who is vulnerable and how): read at a glance at the top of the case.</summary>
    public const int RiskFlagDetail = 1_000;
    /// <summary>Descriptions, notes, call summaries, reasons, remedies and the other free text on a case.</summary>
    public const int Notes = 10_000;
    /// <summary>A letter template's Liquid source.</summary>
    public const int Template = 50_000;
    /// <summary>A letter being written: far longer than any council letter, so only pasted mistakes reach it.</summary>
    public const int LetterText = 100_000;

    /// <summary>
    /// The most any field lets the browser hold: twice its limit, so that text pasted over the limit still arrives
    /// whole enough to be refused with a message rather than cut off silently by the browser.
    /// </summary>
    public static int InputCeiling(int limit) => limit * 2;

    /// <summary>The largest text the live connection must carry in one message: the letter at its ceiling.</summary>
    public const int LargestInput = LetterText * 2;

    public static bool IsOver(string? text, int limit) => text is not null && text.Length > limit;

    /// <summary>The message for text over its limit, naming the field, the limit and how far over it is.</summary>
    public static string TooLong(string what, int limit, int length) =>
        $"{what} is too long: it can be at most {limit:N0} characters, and this is {length:N0}.";

    /// <summary>Refuses text over its limit; null and empty text are for the caller's own rules.</summary>
    public static void Require(string? text, int limit, string field, string what)
    {
        if (IsOver(text, limit)) throw new InputRefusedException(field, TooLong(what, limit, text!.Length));
    }
}
