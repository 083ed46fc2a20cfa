// Keeps only the references $entityIds and $links (JSON) of investigation $id and marks it
// checked (forget-unseen.ts), unless it was saved since it was read ($version): then it is left
// for the next pass. Not a save: its version and dates do not change. Returns id.
MATCH (i:Investigation {id: $id})
WHERE i.version = $version AND i.seenChecked IS NULL
SET i.entityIds = $entityIds, i.links = $links, i.seenChecked = true
RETURN i.id AS id
