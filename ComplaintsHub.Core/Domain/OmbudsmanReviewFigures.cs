namespace ComplaintsHub.Core.Domain;

/// <summary>
/// The figures an Ombudsman's annual letter gives for the council, as the complaints team types them. The Local
/// Government and Social Care Ombudsman's annual review letter gives all five; the Housing Ombudsman's landlord report
/// gives determinations, findings of maladministration and compliance with orders.
/// </summary>
/// <param name="Decided">Complaints and enquiries decided (the Housing Ombudsman: determinations).</param>
/// <param name="Investigated">Detailed investigations (Local Government and Social Care Ombudsman only).</param>
/// <param name="Upheld">Upheld (the Housing Ombudsman: findings of maladministration, severe included).</param>
/// <param name="CompliancePercent">Compliance with recommendations (or orders), as a percentage.</param>
/// <param name="RemediedByCouncil">Upheld cases where the council had already offered a satisfactory remedy (Local Government and Social Care Ombudsman only).</param>
public sealed record OmbudsmanReviewFigures(int Decided, int? Investigated, int Upheld, decimal? CompliancePercent, int? RemediedByCouncil);
