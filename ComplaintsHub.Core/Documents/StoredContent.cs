using ComplaintsHub.Core.Domain;

namespace ComplaintsHub.Core.Documents;

/// <summary>What was written for a document: its cleaned name, the kind its content showed, its size and SHA-256 (hex).</summary>
public sealed record StoredContent(string FileName, DocumentKind Kind, string ContentType, long Length, string Sha256);
