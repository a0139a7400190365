using DotLiquid.Exceptions;

namespace ComplaintsHub.Core.Letters;

/// <summary>
/// A merge went past one of <see cref="LetterSandboxLimits"/>. It derives from DotLiquid's RenderException because
/// DotLiquid rethrows those from every block whatever its error mode, so no tag can swallow it and carry on.
/// </summary>
internal sealed class LetterSandboxLimitException(string message) : RenderException(message);
