namespace ComplaintsHub.Core.Queries;

/// <summary>A document on its way out: the caller sends <see cref="Content"/> and disposes it.</summary>
public sealed record DocumentDownload(string FileName, string ContentType, long Length, Stream Content);
