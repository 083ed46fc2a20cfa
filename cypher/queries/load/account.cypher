// Bank accounts: shared nodes keyed by CLABE ("clabe:012180001234567891").
// $rows: [{id, sourceId, ref, grade, clabe, bankCode, bank, caption, kind, openedOn}];
// $ingestedAt: datetime.
UNWIND $rows AS r
MERGE (b:Entity {id: r.id})
ON CREATE SET b:BankAccount, b += r.grade, b.sourceId = r.sourceId, b.ingestedAt = $ingestedAt,
    b.sources = [r.ref], b.clabe = r.clabe, b.bankCode = r.bankCode, b.bank = r.bank,
    b.caption = r.caption
// Loader lanes commit in parallel: take the node's write lock before reading its lists.
REMOVE b._lock
FOREACH (_ IN CASE WHEN r.ref IN b.sources THEN [] ELSE [1] END | SET b.sources = b.sources + r.ref)
SET b.kind = coalesce(b.kind, r.kind), b.openedOn = coalesce(b.openedOn, date(r.openedOn))
FOREACH (_ IN CASE WHEN r.grade.classification < b.classification
    OR (r.grade.classification = b.classification AND size(r.grade.compartments) < size(b.compartments))
    THEN [1] ELSE [] END | SET b += r.grade, b.sourceId = r.sourceId)
