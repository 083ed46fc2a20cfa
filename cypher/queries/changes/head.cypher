// The number of the last live event. Returns seq (0 when none yet).
OPTIONAL MATCH (h:ChangeHead {key: 'changes'})
RETURN coalesce(h.seq, 0) AS seq
