using A = DocumentFormat.OpenXml.Drawing;
using ComplaintsHub.Core.Input;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace ComplaintsHub.Core.Letters;

public sealed record Letterhead(string CouncilName, string CouncilAddress, byte[]? Logo = null);
