using ComplaintsHub.Core.Calendar;
using ComplaintsHub.Core.Cases;
using ComplaintsHub.Core.Cases.Actions;
using ComplaintsHub.Core.Data;
using ComplaintsHub.Core.Domain;
using ComplaintsHub.Core.Input;
using ComplaintsHub.Core.Queries;
using ComplaintsHub.Core.Refusals;
using ComplaintsHub.Core.Services;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Letters;

public sealed record CaseLetters(IReadOnlyList<IssuedLetterRow> Issued, IReadOnlyList<(int Id, LetterType Type, string CreatedBy, DateTime UpdatedAt)> Drafts, IReadOnlyList<LetterType> CanWrite);
