// Live events after $after, oldest first, at most $limit. Returns seq, topic, payload, origin.
MATCH (e:ChangeEvent)
WHERE e.seq > $after
RETURN e.seq AS seq, e.topic AS topic, e.payload AS payload, e.origin AS origin
ORDER BY seq
LIMIT $limit
