using System.Globalization;

namespace ComplaintsHub.Core.Letters;

/// <summary>The merge's output, refused the moment it would pass the output limit rather than after it has grown.</summary>
internal sealed class LetterSandboxWriter(LetterSandboxBudget budget) : StringWriter(CultureInfo.GetCultureInfo("en-GB"))
{
    public override void Write(char value)
    {
        budget.CheckLength(GetStringBuilder().Length + 1L);
        base.Write(value);
    }

    public override void Write(string? value)
    {
        budget.CheckLength(GetStringBuilder().Length + (long)(value?.Length ?? 0));
        base.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        budget.CheckLength(GetStringBuilder().Length + (long)count);
        base.Write(buffer, index, count);
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        budget.CheckLength(GetStringBuilder().Length + (long)buffer.Length);
        base.Write(buffer);
    }
}
