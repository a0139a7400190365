using ComplaintsHub.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace ComplaintsHub.Core.Data.Counts;

/// <summary>Contacts received in a month by classification: complaints, service requests and the rest.</summary>
[PrimaryKey(nameof(Month), nameof(ServiceAreaId), nameof(ProcedureId), nameof(Classification))]
public sealed class ContactCount : IReportingCount, IReportedByArea
{
    private ContactCount() { }

    internal ContactCount(DateOnly month, int serviceAreaId, int procedureId, ContactClassification classification, int contacts)
    {
        Month = month;
        ServiceAreaId = serviceAreaId;
        ProcedureId = procedureId;
        Classification = classification;
        Contacts = contacts;
    }

    public DateOnly Month { get; private set; }
    public int ServiceAreaId { get; private set; }
    public int ProcedureId { get; private set; }
    public ContactClassification Classification { get; private set; }
    public int Contacts { get; private set; }
}
