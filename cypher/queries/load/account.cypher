// Bank accounts: shared nodes keyed by CLABE ("clabe:012180001234567891").
// $rows: [{id, sourceId, ref, grade, clabe, bankCode, bank, caption, kind, openedOn}];
// $ingestedAt: datetime.
UNWIND $rows AS r
MERGE (b:Entity {id: r.id})
ON CREATE SET b:BankAccount, b += r.grade, b.sourceId = r.sourceId, b.ingestedAt = $ingestedAt,
    b.sources = [r.ref], b.clabe = r.clabe, b.bankCode = r.bankCode, b.bank = r.bank,
    b.caption = r.caption
// Loader lanes may write this node concurrently: when the row changes it, take the node's write
// lock (SET _lock) before reading it again, so no concurrent update is lost.
FOREACH (_ IN CASE WHEN NOT r.ref IN b.sources OR r.grade.classification < b.classification
      OR (r.grade.classification = b.classification AND size(r.grade.compartments) < size(b.compartments))
    THEN [1] ELSE [] END |
  SET b._lock = true
  SET b.sources = CASE WHEN r.ref IN b.sources THEN b.sources ELSE b.sources + r.ref END
  FOREACH (_ IN CASE WHEN r.grade.classification < b.classification
      OR (r.grade.classification = b.classification AND size(r.grade.compartments) < size(b.compartments))
      THEN [1] ELSE [] END | SET b += r.grade, b.sourceId = r.sourceId)
  REMOVE b._lock)
SET b.kind = coalesce(b.kind, r.kind), b.openedOn = coalesce(b.openedOn, date(r.openedOn))
