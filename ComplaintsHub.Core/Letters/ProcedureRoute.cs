namespace ComplaintsHub.Core.Letters;

/// <summary>What a procedure's default letters say of its own route: its name, the next stage and its Ombudsman.</summary>
/// <param name="ProcedureName">Completes "Stage 1 of our …".</param>
/// <param name="AcknowledgementNote">What the procedure adds to an acknowledgement (blank for nothing).</param>
/// <param name="NextStage">How the next stage works, before "Please ask by …".</param>
/// <param name="ReviewBy">Who looks at the complaint at a later stage.</param>
/// <param name="Ombudsman">The paragraph after the last stage: the right Ombudsman and its time limit.</param>
/// <param name="AfterResponse">What a response adds at the end (blank for nothing).</param>
internal sealed record ProcedureRoute(string ProcedureName, string AcknowledgementNote, string NextStage, string ReviewBy, string Ombudsman, string AfterResponse);
