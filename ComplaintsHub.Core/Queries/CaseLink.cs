using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Queries;

/// <summary>Another contact from the same person: repeat callers are linked when they are logged.</summary>
public sealed record CaseLink(string Reference, ContactClassification Classification, CaseStatus Status, DateOnly ReceivedOn, string ServiceArea);
