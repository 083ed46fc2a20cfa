// Audit records, newest first, filtered: $users (usernames in lower case, or null), $automatic
// (false: only what users asked; true: only what pages asked on their own; null: both), $entity
// (an entity id the action touched, or null), $from/$to (datetimes or null), $beforeSeq (paging;
// null for the newest), $limit. Returns a (properties).
// Asked for by an entity, a record that also lists a hypothesis the viewer may not see (it, or
// an end of it, beyond $clearance/$compartments) is not found: its entities are withheld on the
// way out (api/src/graphql/audit/redact.ts), and finding it by one of them would tell whom the
// hidden hypothesis is about. Left out here, before LIMIT, so that pages stay whole.
MATCH (a:AuditRecord)
WHERE ($users IS NULL OR toLower(a.user) IN $users)
  AND ($automatic IS NULL OR coalesce(a.automatic, false) = $automatic)
  AND ($entity IS NULL OR ($entity IN a.entities AND NOT EXISTS {
    MATCH (h:Hypothesis)-[:FROM_ENTITY|TO_ENTITY]->(x:Entity)
    WHERE h.id IN a.entities
    WITH [h, x] AS guards
    WHERE NOT {{> fragments/guards-visible}}
  }))
  AND ($from IS NULL OR a.at >= $from)
  AND ($to IS NULL OR a.at < $to)
  AND ($beforeSeq IS NULL OR a.seq < $beforeSeq)
RETURN properties(a) AS a
ORDER BY a.seq DESC
LIMIT $limit
