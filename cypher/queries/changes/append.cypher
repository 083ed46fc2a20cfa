// Appends one live event. The head is locked (SET) before its counter is read, so concurrent
// appends from several API instances get distinct, gapless numbers.
// $topic, $payload (JSON text), $origin (the appending instance). Returns seq.
MATCH (h:ChangeHead {key: 'changes'})
SET h._lock = true
SET h.seq = h.seq + 1
REMOVE h._lock
CREATE (e:ChangeEvent {seq: h.seq, at: datetime(), topic: $topic, payload: $payload, origin: $origin})
RETURN e.seq AS seq
