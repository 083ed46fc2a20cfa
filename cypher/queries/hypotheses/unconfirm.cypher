// Removes the confirmed relationship created from hypothesis $id (when it is reopened).
MATCH ()-[r]->() WHERE r.hypothesisId = $id
DELETE r
RETURN count(*) AS removed
