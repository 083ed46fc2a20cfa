// Which source records named in shared entities' `sources` the viewer may see. A ref is
// AGENCY:recordId; when an entity has that id (person, case, incident, report… records), the
// ref is shown only if the viewer may see that record and the link by which it names the shared
// entity: a victim's or minor's record protected after loading keeps its ref on the address it
// gave, and a GV caller's phone keeps the incident's ref, while their links are raised.
// $mentions: [{id, ref}] (shared entity id, ref); need-to-know: $clearance, $compartments.
// Returns id, ref, known (the record is an entity), visible.
UNWIND $mentions AS m
OPTIONAL MATCH (n:Entity {id: m.ref})
WITH m, n
OPTIONAL MATCH (x:Entity {id: m.id})
RETURN m.id AS id, m.ref AS ref, n IS NOT NULL AS known,
  n IS NOT NULL AND coalesce(n.classification, 0) <= $clearance
    AND all(c IN coalesce(n.compartments, []) WHERE c IN $compartments)
    AND EXISTS {
      MATCH (x)-[l]-(n)
      WHERE coalesce(l.classification, 0) <= $clearance
        AND all(c IN coalesce(l.compartments, []) WHERE c IN $compartments)
    } AS visible
