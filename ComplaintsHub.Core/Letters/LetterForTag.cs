using DotLiquid.Tags;

namespace ComplaintsHub.Core.Letters;

/// <summary>
/// DotLiquid's for tag with a step counter at the start of its body. DotLiquid limits each loop on its own
/// (MaxIterations), so loops inside loops multiply; counting every pass is what bounds the whole merge.
/// </summary>
internal sealed class LetterForTag : For
{
    private bool _counted;

    public override void UnknownTag(string tag, string markup, List<string> tokens)
    {
        // Before "else" takes over the node list, the list being filled is still the loop's body.
        if (tag == "else") Count();
        base.UnknownTag(tag, markup, tokens);
    }

    public override void EndTag()
    {
        Count();
        base.EndTag();
    }

    private void Count()
    {
        if (_counted) return;
        NodeList.Insert(0, new LetterLoopStep());
        _counted = true;
    }
}
