// UIF reports (uif/reportes.csv): one FinancialReport per report (FIN compartment).
// $rows: [{id, sourceId, grade, props, reportedOn, occurredAt}]; $ingestedAt: datetime.
// props: caption, folio, folioBare, reportType, institution, amount, currency, reasons.
UNWIND $rows AS r
MERGE (f:Entity {id: r.id})
ON CREATE SET f.ingestedAt = $ingestedAt
SET f:FinancialReport, f += r.grade, f += r.props, f.sourceId = r.sourceId,
    f.reportedOn = date(r.reportedOn), f.occurredAt = datetime(r.occurredAt)
