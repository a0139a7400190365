namespace ComplaintsHub.Core.Domain;

/// <summary>A row reports break down, and team leaders' figures are limited, by service area and procedure.</summary>
public interface IReportedByArea
{
    int ServiceAreaId { get; }
    int ProcedureId { get; }
}
