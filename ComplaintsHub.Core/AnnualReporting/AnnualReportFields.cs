namespace ComplaintsHub.Core.AnnualReporting;

/// <summary>The fields of the annual report form, named in <see cref="Input.InputRefusedException"/> so the page puts each message next to its field.</summary>
public static class AnnualReportFields
{
    public const string Response = "Response";
}
