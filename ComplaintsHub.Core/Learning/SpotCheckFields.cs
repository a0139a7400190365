using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Learning;

/// <summary>The fields of the spot-check form, named in <see cref="Input.InputRefusedException"/> so the page puts each message next to its field.</summary>
public static class SpotCheckFields
{
    public const string Findings = "Findings";

    public static string Answer(SpotCheckQuestion question) => $"Answer-{question}";
}
