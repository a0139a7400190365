using DotLiquid;

namespace ComplaintsHub.Core.Letters;

/// <summary>
/// The first node of every loop body: rendering it is one pass of the loop, counted against the budget. A tag
/// without markup, because a tag is the only kind of node DotLiquid lets code outside it render.
/// </summary>
internal sealed class LetterLoopStep : Tag
{
    public override void Render(Context context, TextWriter result) => (context.Registers[LetterSandboxBudget.Register] as LetterSandboxBudget)?.Step();
}
