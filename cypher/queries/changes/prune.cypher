// Drops live events older than an hour (subscribers only need the last few seconds).
MATCH (e:ChangeEvent)
WHERE e.at < datetime() - duration('PT1H')
WITH e LIMIT 5000
DELETE e
