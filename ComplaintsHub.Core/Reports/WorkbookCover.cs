using System.Globalization;
using System.Text;
using System.Threading.Channels;
using ClosedXML.Excel;
using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Domain;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ComplaintsHub.Core.Reports;

/// <summary>Who the workbook was made for and by, for its cover sheet.</summary>
public sealed record WorkbookCover(string Council, string GeneratedBy, DateTime GeneratedAtUtc);
